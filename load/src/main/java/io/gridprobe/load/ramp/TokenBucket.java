package io.gridprobe.load.ramp;

/**
 * Permits at a rate that may change between calls, holding at most one second's worth (at least one), so that a
 * pause is not followed by a burst.
 */
final class TokenBucket {
    private double tokens = 1;
    private long last = -1;

    int take(long nowNanos, double rate, int cap) {
        if (last >= 0) {
            tokens = Math.min(Math.max(1, rate), tokens + rate * (nowNanos - last) / 1e9);
        }
        last = nowNanos;
        int n = (int) Math.max(0, Math.min(Math.floor(tokens), cap));
        tokens -= n;
        return n;
    }
}
