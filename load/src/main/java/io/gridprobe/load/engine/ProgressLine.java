package io.gridprobe.load.engine;

import io.gridprobe.load.report.LatencyStats;
import io.gridprobe.load.report.TimePoint;
import java.util.Locale;
import java.util.Map;

/**
 * One line of live progress: {@code 12s agents 57/60 (3 logging in, ramp 6.0/s) | failures none | login p50 820 ms,
 * chat p50 45 ms | grid dilation 0.98}.
 */
public final class ProgressLine {
    private ProgressLine() {
    }

    public static String of(long elapsedSeconds, int connected, int target, int loggingIn, double rate,
                            Map<String, Long> failuresByReason, TimePoint latest, double dilation) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%4ds agents %d/%d", elapsedSeconds, connected, target));
        if (loggingIn > 0) {
            sb.append(String.format(Locale.ROOT, " (%d logging in, ramp %.1f/s)", loggingIn, rate));
        }
        sb.append(" | failures ");
        if (failuresByReason.isEmpty()) {
            sb.append("none");
        } else {
            failuresByReason.forEach((reason, n) -> sb.append(reason).append(' ').append(n).append(' '));
            sb.setLength(sb.length() - 1);
        }
        if (latest != null && !latest.latency().isEmpty()) {
            sb.append(" |");
            for (Map.Entry<String, LatencyStats> e : latest.latency().entrySet()) {
                sb.append(String.format(Locale.ROOT, " %s p50 %.0f ms,", e.getKey(), e.getValue().p50Ms()));
            }
            sb.setLength(sb.length() - 1);
        }
        sb.append(String.format(Locale.ROOT, " | grid dilation %.2f", dilation));
        return sb.toString();
    }
}
