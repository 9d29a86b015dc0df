package io.gridprobe.load.report;

import java.util.List;

/**
 * What a load run was asked to do, written at the top of its report.
 *
 * @param grid       the grid's login URI, as given (never a capability URL or a password)
 * @param agents     agents the run was asked for (in this shard)
 * @param ramp       the ramp as given, e.g. {@code 5/s} or {@code auto}
 * @param durationSeconds how long the agents were held after the ramp
 * @param behaviours behaviour keys, e.g. {@code [idle, chat, walk]}
 * @param shard      {@code i/n}, or {@code 1/1} when not sharded; a merged report lists its shards
 */
public record RunInfo(String grid, int agents, String ramp, long durationSeconds, List<String> behaviours,
                      List<String> shards) {

    public RunInfo {
        behaviours = List.copyOf(behaviours);
        shards = List.copyOf(shards);
    }
}
