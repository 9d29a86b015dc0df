package io.gridprobe.load.report;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything one load run (or several shards merged) measured: what {@code load-summary.json} holds. The figures an
 * operator reads first (counts, percentiles, failures, peak agents, worst time dilation) sit beside the data they come
 * from (lossless histograms, the 1 s series, each region's samples), so that a report can be merged or re-plotted
 * without the run.
 *
 * @param format        version of this layout
 * @param run           what was asked
 * @param startedMillis wall clock of the first point, epoch milliseconds
 * @param finishedMillis wall clock when the report was taken
 * @param peakConnected most agents connected at once
 * @param failureCount  all failures
 * @param actions       per action key, the whole run's latencies
 * @param failures      per action key, per reason key, counts
 * @param regions       per region name, its worst health
 * @param series        one point per wall-clock second, in order
 * @param health        per region name, its samples per second, in order
 */
public record LoadReport(int format, RunInfo run, long startedMillis, long finishedMillis, int peakConnected,
                         long failureCount, SortedMap<String, LatencyStats> actions,
                         SortedMap<String, SortedMap<String, Long>> failures, SortedMap<String, RegionHealth> regions,
                         List<TimePoint> series, SortedMap<String, List<HealthPoint>> health) {

    public static final int FORMAT = 1;

    public LoadReport {
        actions = Collections.unmodifiableSortedMap(new TreeMap<>(actions));
        TreeMap<String, SortedMap<String, Long>> f = new TreeMap<>();
        failures.forEach((k, v) -> f.put(k, Collections.unmodifiableSortedMap(new TreeMap<>(v))));
        failures = Collections.unmodifiableSortedMap(f);
        regions = Collections.unmodifiableSortedMap(new TreeMap<>(regions));
        series = List.copyOf(series);
        TreeMap<String, List<HealthPoint>> h = new TreeMap<>();
        health.forEach((k, v) -> h.put(k, List.copyOf(v)));
        health = Collections.unmodifiableSortedMap(h);
    }

    /**
     * A report from its data; the summary figures (peak, failure total, region health) are derived here so that they
     * always agree with it.
     */
    public static LoadReport of(RunInfo run, long startedMillis, long finishedMillis, Map<String, LatencyStats> actions,
                                Map<String, ? extends Map<String, Long>> failures, List<TimePoint> series,
                                Map<String, List<HealthPoint>> health) {
        int peak = series.stream().mapToInt(TimePoint::connected).max().orElse(0);
        long failureCount = failures.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        TreeMap<String, SortedMap<String, Long>> f = new TreeMap<>();
        failures.forEach((k, v) -> f.put(k, new TreeMap<>(v)));
        TreeMap<String, RegionHealth> regions = new TreeMap<>();
        health.forEach((region, points) -> regions.put(region, RegionHealth.of(points)));
        return new LoadReport(FORMAT, run, startedMillis, finishedMillis, peak, failureCount, new TreeMap<>(actions), f,
                regions, series, new TreeMap<>(health));
    }

    /** Failures of one action, all reasons. */
    public long failures(String action) {
        return failures.getOrDefault(action, Collections.emptySortedMap()).values().stream()
                .mapToLong(Long::longValue).sum();
    }

    /** How many times an action was measured (succeeded). */
    public long count(String action) {
        LatencyStats s = actions.get(action);
        return s == null ? 0 : s.count();
    }
}
