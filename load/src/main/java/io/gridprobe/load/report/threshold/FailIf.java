package io.gridprobe.load.report.threshold;

import io.gridprobe.load.report.LoadReport;
import java.io.PrintWriter;
import java.util.List;

/**
 * The {@code --fail-if} options of {@code gridprobe load} and {@code gridprobe load merge}, with the exit codes of
 * {@code run}: 0 when no threshold is breached, 1 when one is (each printed with what was measured), 2 when an
 * expression does not parse (checked before any work starts).
 */
public final class FailIf {
    public static final int PASSED = 0;
    public static final int BREACHED = 1;
    public static final int USAGE = 2;

    private FailIf() {
    }

    /** Parses the expressions, or prints why one does not parse and returns null (the caller exits {@link #USAGE}). */
    public static Thresholds parseOrReport(List<String> expressions, PrintWriter err) {
        try {
            return Thresholds.parse(expressions == null ? List.of() : expressions);
        } catch (ThresholdSyntaxException e) {
            err.println("gridprobe: " + e.getMessage());
            err.flush();
            return null;
        }
    }

    /** Prints each breach and returns the exit code. */
    public static int verdict(Thresholds thresholds, LoadReport report, PrintWriter out) {
        List<Breach> breaches = thresholds.evaluate(report);
        for (Breach b : breaches) {
            out.println("fail-if breached: " + b.threshold().text() + "  (" + b.message() + ")");
        }
        if (!thresholds.all().isEmpty() && breaches.isEmpty()) {
            out.println("fail-if: none of " + thresholds.all().size() + " thresholds breached");
        }
        out.flush();
        return breaches.isEmpty() ? PASSED : BREACHED;
    }
}
