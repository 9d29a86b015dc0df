package io.gridprobe.load.behaviour;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them on a command line: {@code 500ms}, {@code 20s}, {@code 5m}, {@code 1h}. */
public final class DurationText {
    private static final Pattern FORM = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*");

    private DurationText() {
    }

    /** {@code where} names the setting in the error. */
    public static Duration parse(String text, String where) {
        Matcher m = FORM.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(where + " must be a duration such as 500ms, 20s, 5m or 1h, not '" + text
                    + "'");
        }
        double n = Double.parseDouble(m.group(1));
        double millis = switch (m.group(2)) {
            case "ms" -> n;
            case "s" -> n * 1_000;
            case "m" -> n * 60_000;
            default -> n * 3_600_000;
        };
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
