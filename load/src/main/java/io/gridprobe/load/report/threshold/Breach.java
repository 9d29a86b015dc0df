package io.gridprobe.load.report.threshold;

/**
 * A threshold the run breached, with what was measured.
 *
 * @param measured the measured value (milliseconds for a latency), NaN when nothing was measured
 * @param message  e.g. {@code p95(login_ready) = 2345.1 ms > 2000 ms}
 */
public record Breach(Threshold threshold, double measured, String message) {
    @Override
    public String toString() {
        return "breached: " + threshold.text() + " (" + message + ")";
    }
}
