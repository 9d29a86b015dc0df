package io.gridprobe.load.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * {@code load-report.html}: one self-contained page with the summary tables and plots of a load report (agents
 * connected, latency percentiles, failures, time dilation and FPS per region, the load process's CPU and heap).
 * The plots are Apache ECharts from its webjar, inlined, so the page opens offline and can be archived alone.
 */
public final class LoadReportPage {
    public static final String FILE_NAME = "load-report.html";
    public static final String ECHARTS_VERSION = "5.3.1";
    static final String ECHARTS_RESOURCE = "/META-INF/resources/webjars/echarts/" + ECHARTS_VERSION
            + "/dist/echarts.common.min.js";

    private static final ObjectMapper JSON = new ObjectMapper();

    private LoadReportPage() {
    }

    public static String html(LoadReport report) {
        String template = resource(LoadReportPage.class, "load-report.html");
        return template.replace("__ECHARTS_VERSION__", ECHARTS_VERSION)
                .replace("__ECHARTS__", resource(LoadReportPage.class, ECHARTS_RESOURCE))
                .replace("__DATA__", scriptSafe(data(report).toString()));
    }

    public static void write(LoadReport report, Path file) {
        try {
            Files.writeString(file, html(report));
        } catch (IOException e) {
            throw new LoadReportException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** What the page plots, as the JSON object it reads: one array per line, aligned with {@code seconds}. */
    static ObjectNode data(LoadReport report) {
        ObjectNode d = JSON.createObjectNode();
        d.set("run", JSON.valueToTree(report.run()));
        d.put("peakConnected", report.peakConnected());
        d.put("failureCount", report.failureCount());
        d.put("started", Instant.ofEpochMilli(report.startedMillis()).toString());
        d.put("finished", Instant.ofEpochMilli(report.finishedMillis()).toString());
        ArrayNode actions = d.putArray("actions");
        TreeSet<String> actionKeys = new TreeSet<>(report.actions().keySet());
        actionKeys.addAll(report.failures().keySet());
        for (String action : actionKeys) {
            LatencyStats s = report.actions().get(action);
            ObjectNode a = actions.addObject().put("action", action).put("count", s == null ? 0 : s.count())
                    .put("failures", report.failures(action));
            if (s != null) {
                a.put("p50", s.p50Ms()).put("p95", s.p95Ms()).put("p99", s.p99Ms()).put("max", s.maxMs());
            }
        }
        ArrayNode failures = d.putArray("failures");
        report.failures().forEach((action, reasons) -> reasons.forEach((reason, n) ->
                failures.addObject().put("action", action).put("reason", reason).put("count", n)));
        ArrayNode regions = d.putArray("regions");
        report.regions().forEach((region, h) -> {
            ObjectNode r = regions.addObject().put("region", region).put("samples", h.samples());
            put(r, "minTimeDilation", h.minTimeDilation());
            put(r, "minSimFps", h.minSimFps());
            put(r, "minPhysicsFps", h.minPhysicsFps());
            put(r, "maxFrameMs", h.maxFrameMs());
            put(r, "maxAgents", h.maxAgents());
        });
        List<TimePoint> series = report.series();
        ArrayNode seconds = d.putArray("seconds");
        series.forEach(p -> seconds.add(p.second()));
        column(d.putArray("connected"), series, TimePoint::connected);
        column(d.putArray("target"), series, TimePoint::target);
        column(d.putArray("cpu"), series, TimePoint::processCpu);
        column(d.putArray("heapMb"), series, p -> p.heapUsedBytes() / (1024.0 * 1024));
        ObjectNode latency = d.putObject("latency");
        for (String action : report.actions().keySet()) {
            ObjectNode l = latency.putObject(action);
            column(l.putArray("p50"), series, p -> stat(p, action, LatencyStats::p50Ms));
            column(l.putArray("p95"), series, p -> stat(p, action, LatencyStats::p95Ms));
            column(l.putArray("p99"), series, p -> stat(p, action, LatencyStats::p99Ms));
        }
        ObjectNode byReason = d.putObject("failuresByReason");
        TreeSet<String> reasons = new TreeSet<>();
        report.failures().values().forEach(m -> reasons.addAll(m.keySet()));
        for (String reason : reasons) {
            column(byReason.putArray(reason), series, p -> p.failures().values().stream()
                    .mapToLong(m -> m.getOrDefault(reason, 0L)).sum());
        }
        ObjectNode health = d.putObject("health");
        report.health().forEach((region, points) -> {
            Map<Long, HealthSample> bySecond = new HashMap<>();
            points.forEach(p -> bySecond.put(p.second(), p.sample()));
            ObjectNode h = health.putObject(region);
            column(h.putArray("timeDilation"), series, p -> sample(bySecond, p, HealthSample::timeDilation));
            column(h.putArray("simFps"), series, p -> sample(bySecond, p, HealthSample::simFps));
            column(h.putArray("physicsFps"), series, p -> sample(bySecond, p, HealthSample::physicsFps));
        });
        return d;
    }

    private static double stat(TimePoint p, String action, ToDoubleFunction<LatencyStats> f) {
        LatencyStats s = p.latency().get(action);
        return s == null ? Double.NaN : f.applyAsDouble(s);
    }

    private static double sample(Map<Long, HealthSample> bySecond, TimePoint p, ToDoubleFunction<HealthSample> f) {
        HealthSample s = bySecond.get(p.second());
        return s == null ? Double.NaN : f.applyAsDouble(s);
    }

    private static void column(ArrayNode array, List<TimePoint> series, ToDoubleFunction<TimePoint> f) {
        for (TimePoint p : series) {
            double v = f.applyAsDouble(p);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                array.addNull();
            } else {
                array.add(v);
            }
        }
    }

    private static void put(ObjectNode node, String field, double v) {
        if (Double.isNaN(v)) {
            node.putNull(field);
        } else {
            node.put(field, v);
        }
    }

    // region names come from the grid: inside a <script> block no '<' may end it early
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    static String resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new LoadReportException("the resource " + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LoadReportException("cannot read the resource " + name + ": " + e.getMessage(), e);
        }
    }
}
