package io.gridprobe.load.behaviour;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them on a command line: {@code 500ms}, {@code 20s}, {@code 5m}, {@code 1h}, {@code 5m15s}. */
public final class DurationText {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");
    private static final Pattern FORM = Pattern.compile("(?:\\d+(?:\\.\\d+)?(?:ms|s|m|h))+");

    private DurationText() {
    }

    /** {@code where} names the setting in the error. */
    public static Duration parse(String text, String where) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (!FORM.matcher(t).matches()) {
            throw new IllegalArgumentException(where + " must be a duration such as 500ms, 20s, 5m, 1h or 5m15s, not '"
                    + text + "'");
        }
        double millis = 0;
        Matcher m = PART.matcher(t);
        while (m.find()) {
            double n = Double.parseDouble(m.group(1));
            millis += switch (m.group(2)) {
                case "ms" -> n;
                case "s" -> n * 1_000;
                case "m" -> n * 60_000;
                default -> n * 3_600_000;
            };
        }
        if (millis < 1 || millis > 7 * 24 * 3_600_000.0) {
            throw new IllegalArgumentException(where + " must be between 1 ms and a week, not '" + text + "'");
        }
        return Duration.ofMillis((long) millis);
    }

    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        if (ms % 1_000 == 0) {
            return ms / 1_000 + "s";
        }
        return ms + "ms";
    }
}
