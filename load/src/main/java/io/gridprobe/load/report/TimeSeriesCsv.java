package io.gridprobe.load.report;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code load-timeseries.csv}: one row per second, for a spreadsheet or a plotting tool. Columns: the time, agents,
 * failures, the load process's CPU and heap, then per action measured its count and percentiles in that second, then
 * per region its health figures (empty where nothing was measured).
 */
public final class TimeSeriesCsv {
    public static final String FILE_NAME = "load-timeseries.csv";

    private TimeSeriesCsv() {
    }

    public static List<String> header(LoadReport report) {
        List<String> header = new ArrayList<>(List.of("epoch_second", "time_utc", "connected", "target", "failures",
                "processes", "process_cpu_cores", "heap_used_mb"));
        for (String action : report.actions().keySet()) {
            for (String f : List.of("count", "p50_ms", "p95_ms", "p99_ms", "max_ms")) {
                header.add(action + "_" + f);
            }
        }
        for (String region : report.health().keySet()) {
            for (String f : List.of("time_dilation", "sim_fps", "physics_fps", "agents", "pending_downloads",
                    "pending_uploads", "frame_ms")) {
                header.add(region + ":" + f);
            }
        }
        return header;
    }

    public static List<List<String>> rows(LoadReport report) {
        Map<String, Map<Long, HealthSample>> health = new HashMap<>();
        report.health().forEach((region, points) -> {
            Map<Long, HealthSample> bySecond = new HashMap<>();
            points.forEach(p -> bySecond.put(p.second(), p.sample()));
            health.put(region, bySecond);
        });
        List<List<String>> rows = new ArrayList<>();
        for (TimePoint p : report.series()) {
            List<String> row = new ArrayList<>(List.of(Long.toString(p.second()),
                    Instant.ofEpochSecond(p.second()).toString(), Integer.toString(p.connected()),
                    Integer.toString(p.target()), Long.toString(p.failureCount()), Integer.toString(p.processes()),
                    number(p.processCpu()), number(p.heapUsedBytes() / (1024.0 * 1024.0))));
            for (String action : report.actions().keySet()) {
                LatencyStats s = p.latency().get(action);
                if (s == null) {
                    row.addAll(List.of("0", "", "", "", ""));
                } else {
                    row.addAll(List.of(Long.toString(s.count()), number(s.p50Ms()), number(s.p95Ms()),
                            number(s.p99Ms()), number(s.maxMs())));
                }
            }
            for (String region : report.health().keySet()) {
                HealthSample s = health.get(region).get(p.second());
                s = s == null ? HealthSample.empty() : s;
                for (double v : new double[] {s.timeDilation(), s.simFps(), s.physicsFps(), s.agents(),
                        s.pendingDownloads(), s.pendingUploads(), s.frameMs()}) {
                    row.add(number(v));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    public static String text(LoadReport report) {
        List<List<String>> all = new ArrayList<>();
        all.add(header(report));
        all.addAll(rows(report));
        try {
            return new CsvMapper().writer(CsvSchema.emptySchema())
                    .writeValueAsString(all.stream().map(r -> r.toArray(String[]::new)).toArray(String[][]::new));
        } catch (IOException e) {
            throw new LoadReportException("cannot write the time series as CSV: " + e.getMessage(), e);
        }
    }

    public static void write(LoadReport report, Path file) {
        try {
            java.nio.file.Files.writeString(file, text(report));
        } catch (IOException e) {
            throw new LoadReportException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : String.format(java.util.Locale.ROOT, "%.3f", v);
    }
}
