package io.gridprobe.load.report.threshold;

import io.gridprobe.load.report.LatencyStats;
import io.gridprobe.load.report.LoadReport;
import io.gridprobe.load.report.RegionHealth;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/** What a threshold measures in a report. Latencies are in milliseconds, counts are counts. */
public sealed interface Metric {

    /** The measured value, or empty when the report has nothing to measure it by (e.g. no teleport was timed). */
    OptionalDouble measure(LoadReport report);

    /** Whether the value is a duration (its limit needs a unit: ms, s...). */
    boolean isLatency();

    /** How the metric reads, e.g. {@code p95(login_ready)}. */
    String describe();

    /** A percentile (0..100) of an action's latencies over the whole run. */
    record Percentile(String action, double percentile) implements Metric {
        public OptionalDouble measure(LoadReport report) {
            LatencyStats s = report.actions().get(action);
            return s == null || s.count() == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(s.percentileMs(percentile, action));
        }

        public boolean isLatency() {
            return true;
        }

        public String describe() {
            return "p" + (percentile == Math.rint(percentile) ? Long.toString((long) percentile)
                    : Double.toString(percentile)) + "(" + action + ")";
        }
    }

    /** The mean or the largest of an action's latencies. */
    record LatencyFigure(String function, String action, ToDoubleFunction<LatencyStats> figure) implements Metric {
        public OptionalDouble measure(LoadReport report) {
            LatencyStats s = report.actions().get(action);
            return s == null || s.count() == 0 ? OptionalDouble.empty() : OptionalDouble.of(figure.applyAsDouble(s));
        }

        public boolean isLatency() {
            return true;
        }

        public String describe() {
            return function + "(" + action + ")";
        }
    }

    /** How many times an action succeeded. */
    record Count(String action) implements Metric {
        public OptionalDouble measure(LoadReport report) {
            return OptionalDouble.of(report.count(action));
        }

        public boolean isLatency() {
            return false;
        }

        public String describe() {
            return "count(" + action + ")";
        }
    }

    /** Failures: all of them, of one action, or of one action for one reason ({@code null} = any). */
    record Failures(String action, String reason) implements Metric {
        public OptionalDouble measure(LoadReport report) {
            long n = 0;
            for (Map.Entry<String, ? extends Map<String, Long>> e : report.failures().entrySet()) {
                if (action == null || action.equals(e.getKey())) {
                    for (Map.Entry<String, Long> r : e.getValue().entrySet()) {
                        if (reason == null || reason.equals(r.getKey())) {
                            n += r.getValue();
                        }
                    }
                }
            }
            return OptionalDouble.of(n);
        }

        public boolean isLatency() {
            return false;
        }

        public String describe() {
            return action == null ? "failures" : "failures(" + action + (reason == null ? "" : ", " + reason) + ")";
        }
    }

    /** The most agents connected at once. */
    record Connected() implements Metric {
        public OptionalDouble measure(LoadReport report) {
            return OptionalDouble.of(report.peakConnected());
        }

        public boolean isLatency() {
            return false;
        }

        public String describe() {
            return "connected";
        }
    }

    /** The worst (lowest with min, highest with max) of a grid health figure over every region of the run. */
    record Health(String function, String field, ToDoubleFunction<RegionHealth> figure) implements Metric {
        public OptionalDouble measure(LoadReport report) {
            return report.regions().values().stream().mapToDouble(figure).filter(v -> !Double.isNaN(v))
                    .reduce(function.equals("min") ? Math::min : Math::max);
        }

        public boolean isLatency() {
            return false;
        }

        public String describe() {
            return function + "(" + field + ")";
        }
    }
}
