package io.gridprobe.load.report.threshold;

import io.gridprobe.load.report.LoadReport;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One {@code --fail-if} condition, e.g. {@code p95(login) > 2s}: the run has failed when it holds.
 *
 * @param text  the expression as written
 * @param limit the limit, in milliseconds for a latency
 */
public record Threshold(String text, Metric metric, Comparison comparison, double limit) {

    /** Parses an expression; see {@link ThresholdParser} for the language. */
    public static Threshold parse(String expression) {
        return new ThresholdParser(expression).parse();
    }

    /** The breach, if the report breaches this threshold; measuring nothing at all is a breach too. */
    public Optional<Breach> evaluate(LoadReport report) {
        OptionalDouble measured = metric.measure(report);
        if (measured.isEmpty()) {
            return Optional.of(new Breach(this, Double.NaN, metric.describe() + " was never measured in this run"));
        }
        double value = measured.getAsDouble();
        if (!comparison.holds(value, limit)) {
            return Optional.empty();
        }
        return Optional.of(new Breach(this, value, metric.describe() + " = " + format(value) + " "
                + comparison.symbol() + " " + format(limit)));
    }

    private String format(double v) {
        String n = v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.3f", v);
        return metric.isLatency() ? n + " ms" : n;
    }
}
