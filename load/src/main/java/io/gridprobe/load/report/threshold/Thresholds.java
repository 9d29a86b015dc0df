package io.gridprobe.load.report.threshold;

import io.gridprobe.load.report.LoadReport;
import java.util.List;
import java.util.Optional;

/** The {@code --fail-if} conditions of a run, parsed together and evaluated against its report. */
public record Thresholds(List<Threshold> all) {

    public Thresholds {
        all = List.copyOf(all);
    }

    /** Parses every expression; the first that does not parse throws {@link ThresholdSyntaxException}. */
    public static Thresholds parse(List<String> expressions) {
        return new Thresholds(expressions.stream().map(Threshold::parse).toList());
    }

    /** The breaches, in the order the thresholds were given; empty means the run passed. */
    public List<Breach> evaluate(LoadReport report) {
        return all.stream().map(t -> t.evaluate(report)).flatMap(Optional::stream).toList();
    }
}
