package io.gridprobe.load.report.threshold;

/** A {@code --fail-if} expression that does not parse: the message quotes it and points at the fault. */
public final class ThresholdSyntaxException extends IllegalArgumentException {
    private final String expression;
    private final int position;

    ThresholdSyntaxException(String expression, int position, String problem) {
        super("cannot read --fail-if \"" + expression + "\": " + problem + "\n  " + expression + "\n  "
                + " ".repeat(Math.max(0, Math.min(position, expression.length()))) + "^");
        this.expression = expression;
        this.position = position;
    }

    public String expression() {
        return expression;
    }

    /** Where in the expression the fault is, 0-based. */
    public int position() {
        return position;
    }
}
