package io.gridprobe.load.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/**
 * Shard reports combined into one, as if one process had run every agent: histograms are added (so percentiles are
 * those of all the samples, not an average of percentiles), failures summed, the 1 s points of the same wall-clock
 * second added up, and the regions' health per second kept at its worst.
 */
public final class LoadReportMerger {
    private LoadReportMerger() {
    }

    public static LoadReport merge(List<LoadReport> reports) {
        if (reports.isEmpty()) {
            throw new LoadReportException("nothing to merge: no report given");
        }
        Set<String> seen = new java.util.HashSet<>();
        for (LoadReport r : reports) {
            for (String shard : r.run().shards()) {
                // the same shard twice would count its agents twice; unsharded runs (1/1) may be combined freely
                if (!shard.equals("1/1") && !seen.add(shard)) {
                    throw new LoadReportException("shard " + shard + " is given twice: each shard's report once");
                }
            }
        }
        Map<String, Histogram> totals = new TreeMap<>();
        for (LoadReport r : reports) {
            r.actions().forEach((action, stats) -> totals.merge(action, stats.decode("the total of " + action),
                    (a, b) -> {
                        a.add(b);
                        return a;
                    }));
        }
        Map<String, LatencyStats> actions = new TreeMap<>();
        totals.forEach((action, h) -> actions.put(action, LatencyStats.of(h)));

        Map<String, Map<String, Long>> failures = new TreeMap<>();
        TreeMap<Long, TimePoint> series = new TreeMap<>();
        Map<String, TreeMap<Long, HealthSample>> health = new TreeMap<>();
        for (LoadReport r : reports) {
            failures = TimePoints.addFailures(failures, r.failures());
            for (TimePoint p : r.series()) {
                series.merge(p.second(), p, TimePoints::merge);
            }
            r.health().forEach((region, points) -> points.forEach(p -> health
                    .computeIfAbsent(region, k -> new TreeMap<>()).merge(p.second(), p.sample(), HealthSample::worst)));
        }
        Map<String, List<HealthPoint>> healthPoints = new TreeMap<>();
        health.forEach((region, bySecond) -> healthPoints.put(region, bySecond.entrySet().stream()
                .map(e -> new HealthPoint(e.getKey(), e.getValue())).toList()));

        long started = reports.stream().mapToLong(LoadReport::startedMillis).min().orElseThrow();
        long finished = reports.stream().mapToLong(LoadReport::finishedMillis).max().orElseThrow();
        return LoadReport.of(run(reports), started, finished, actions, failures, new ArrayList<>(series.values()),
                healthPoints);
    }

    private static RunInfo run(List<LoadReport> reports) {
        List<RunInfo> runs = reports.stream().map(LoadReport::run).toList();
        Set<String> behaviours = new LinkedHashSet<>();
        runs.forEach(r -> behaviours.addAll(r.behaviours()));
        List<String> shards = runs.stream().flatMap(r -> r.shards().stream()).toList();
        return new RunInfo(distinct(runs.stream().map(RunInfo::grid).toList()),
                runs.stream().mapToInt(RunInfo::agents).sum(), distinct(runs.stream().map(RunInfo::ramp).toList()),
                runs.stream().mapToLong(RunInfo::durationSeconds).max().orElse(0), List.copyOf(behaviours), shards);
    }

    private static String distinct(List<String> values) {
        return values.stream().distinct().collect(Collectors.joining(" | "));
    }
}
