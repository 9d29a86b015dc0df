package io.gridprobe.load.report.threshold;

import java.util.Arrays;
import java.util.Optional;

/** The comparison of a threshold: it is breached when {@code measured OP limit} holds. */
public enum Comparison {
    GREATER_OR_EQUAL(">="), LESS_OR_EQUAL("<="), NOT_EQUAL("!="), EQUAL("=="), GREATER(">"), LESS("<");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean holds(double measured, double limit) {
        return switch (this) {
            case GREATER -> measured > limit;
            case GREATER_OR_EQUAL -> measured >= limit;
            case LESS -> measured < limit;
            case LESS_OR_EQUAL -> measured <= limit;
            case EQUAL -> measured == limit;
            case NOT_EQUAL -> measured != limit;
        };
    }

    /** The comparison whose symbol starts {@code text} at {@code from}; two-character symbols are tried first. */
    static Optional<Comparison> at(String text, int from) {
        return Arrays.stream(values()).filter(c -> text.startsWith(c.symbol, from)).findFirst();
    }
}
