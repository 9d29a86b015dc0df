package io.gridprobe.load.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A load report in a few plain lines, for the end of a terminal or CI log. */
public final class LoadSummaryText {
    private LoadSummaryText() {
    }

    public static List<String> lines(LoadReport report) {
        List<String> lines = new ArrayList<>();
        RunInfo run = report.run();
        lines.add(String.format(Locale.ROOT, "load: %d of %d agents connected at the peak, %d failures, %d s, shards %s",
                report.peakConnected(), run.agents(), report.failureCount(),
                (report.finishedMillis() - report.startedMillis()) / 1000, String.join(" ", run.shards())));
        report.actions().forEach((action, s) -> lines.add(String.format(Locale.ROOT,
                "  %-13s %7d ok %5d failed  p50 %8.1f ms  p95 %8.1f ms  p99 %8.1f ms  max %8.1f ms", action,
                s.count(), report.failures(action), s.p50Ms(), s.p95Ms(), s.p99Ms(), s.maxMs())));
        report.failures().forEach((action, reasons) -> {
            if (!report.actions().containsKey(action)) {
                lines.add(String.format(Locale.ROOT, "  %-13s %7d ok %5d failed", action, 0, report.failures(action)));
            }
        });
        report.failures().forEach((action, reasons) -> reasons.forEach((reason, n) ->
                lines.add(String.format(Locale.ROOT, "  failed: %s %s x%d", action, reason, n))));
        report.regions().forEach((region, h) -> lines.add(String.format(Locale.ROOT,
                "  region %s: time dilation >= %.3f, sim FPS >= %.1f, physics FPS >= %.1f, frame <= %.1f ms",
                region, h.minTimeDilation(), h.minSimFps(), h.minPhysicsFps(), h.maxFrameMs())));
        return lines;
    }
}
