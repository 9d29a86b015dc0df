package io.gridprobe.cli;

/**
 * One line that says why a scenario failed, for the progress line and summary.json. AssertJ's messages start with a
 * newline and spread the actual and expected values over several lines, so "the first line" is often empty: the
 * non-blank lines are joined instead, and a throwable without a message is named by its type.
 */
final class FailureText {
    static final int MAX = 400;

    private FailureText() {
    }

    static String of(Throwable t) {
        if (t == null) {
            return "";
        }
        String message = t.getMessage();
        StringBuilder sb = new StringBuilder();
        if (message != null) {
            for (String line : message.split("\\R")) {
                String s = line.strip();
                if (!s.isEmpty()) {
                    sb.append(sb.length() == 0 ? "" : " ").append(s);
                }
            }
        }
        if (sb.length() == 0) {
            sb.append(t.getClass().getName());
            if (t.getCause() != null && t.getCause() != t) {
                sb.append(" caused by ").append(of(t.getCause()));
            }
        }
        return sb.length() <= MAX ? sb.toString() : sb.substring(0, MAX - 1) + "…";
    }
}
