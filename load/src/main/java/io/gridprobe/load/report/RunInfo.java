package io.gridprobe.load.report;

import java.util.List;

/**
 * What a load run was asked to do, written at the top of its report.
 *
 * @param grid       the grid's login URI, without any user, password, query or fragment in it
 * @param agents     agents the run was asked for (in this shard)
 * @param ramp       the ramp as given, e.g. {@code 5/s} or {@code auto}
 * @param durationSeconds how long the agents were held after the ramp
 * @param behaviours behaviour keys, e.g. {@code [idle, chat, walk]}
 * @param shard      {@code i/n}, or {@code 1/1} when not sharded; a merged report lists its shards
 */
public record RunInfo(String grid, int agents, String ramp, long durationSeconds, List<String> behaviours,
                      List<String> shards) {

    public RunInfo {
        grid = withoutSecrets(grid);
        behaviours = List.copyOf(behaviours);
        shards = List.copyOf(shards);
    }

    /** A single run, not sharded. */
    public static RunInfo single(String grid, int agents, String ramp, long durationSeconds, List<String> behaviours) {
        return new RunInfo(grid, agents, ramp, durationSeconds, behaviours, List.of("1/1"));
    }

    // a login URI may carry credentials or a token (user:password@host, ?token=): a report is shared, they are not
    static String withoutSecrets(String grid) {
        if (grid == null) {
            return "";
        }
        if (grid.contains(" | ")) { // a merged report of shards run against different grids
            return java.util.Arrays.stream(grid.split(" \\| ")).map(RunInfo::withoutSecrets)
                    .collect(java.util.stream.Collectors.joining(" | "));
        }
        try {
            java.net.URI u = new java.net.URI(grid.trim());
            if (u.getHost() == null) {
                return grid.contains("@") || grid.contains("?") ? "(grid address not shown)" : grid.trim();
            }
            return new java.net.URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), null, null).toString();
        } catch (java.net.URISyntaxException e) {
            return "(grid address not shown)";
        }
    }
}
