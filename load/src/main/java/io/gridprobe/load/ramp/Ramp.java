package io.gridprobe.load.ramp;

import java.util.Locale;

/**
 * Paces logins. The engine asks it, several times a second, how many logins may start now, and tells it how each
 * one went; it never sleeps.
 */
public interface Ramp {
    /** How many more logins may start at {@code nowNanos}, with {@code inFlight} started and not yet finished. */
    int permits(long nowNanos, int inFlight);

    /** A login finished: in {@code nanos} (login to ready), successfully or not. */
    void finished(long nanos, boolean ok);

    /** The grid's lowest time dilation now (1 when it has said nothing): a grid under strain slows the ramp. */
    default void gridDilation(double dilation) {
    }

    /** The rate it allows now, in logins a second, for the progress line. */
    double rate();

    /** {@code 5/s}, {@code 0.5/s}, {@code 5} or {@code auto}. */
    static Ramp parse(String text) {
        String s = text == null ? "auto" : text.strip().toLowerCase(Locale.ROOT);
        if (s.equals("auto")) {
            return new AutoRamp();
        }
        if (s.endsWith("/s")) {
            s = s.substring(0, s.length() - 2).strip();
        }
        double rate;
        try {
            rate = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--ramp is a rate of logins a second (e.g. 5/s or 0.5/s) or auto, not '"
                    + text + "'");
        }
        if (!(rate > 0) || rate > 1000) {
            throw new IllegalArgumentException("--ramp must be more than 0 and at most 1000 logins a second, not " + text);
        }
        return new FixedRamp(rate);
    }
}
