package io.gridprobe.load.ramp;

/**
 * As fast as the grid answers without its login latency or failures climbing, adjusted once a second as TCP paces
 * a connection: it starts at 4 logins a second and doubles each second while the last second's logins were as
 * quick as the quickest second so far (within a factor 1.5 and 300 ms) and none failed ("slow start"); once the grid
 * has shown strain it adds one a second instead. It halves when logins got twice as slow, one failed, or the grid's
 * time dilation fell under 0.9. Logins in flight are capped at what the rate needs at the best latency seen, so a
 * slow grid cannot pile up a burst (pCampBot's ~30 logins at once stalled OpenSimulator for minutes).
 */
public final class AutoRamp implements Ramp {
    static final double START = 4;
    static final double MIN = 0.5;
    static final double MAX = 100;
    private static final long SECOND = 1_000_000_000L;

    private final TokenBucket bucket = new TokenBucket();
    private double rate = START;
    private long windowStart = -1;
    private long windowSum;
    private int windowCount;
    private int windowFailures;
    private double bestMillis = Double.MAX_VALUE;
    private double dilation = 1;
    private boolean slowStart = true;

    @Override
    public synchronized int permits(long nowNanos, int inFlight) {
        if (windowStart < 0) {
            windowStart = nowNanos;
        } else if (nowNanos - windowStart >= SECOND) {
            adjust();
            windowStart = nowNanos;
        }
        double best = bestMillis == Double.MAX_VALUE ? 2000 : bestMillis;
        // Little: logins in flight = rate x latency; a quarter over the best latency leaves room, not a burst
        int maxInFlight = (int) Math.max(2, Math.ceil(rate * best / 1000.0 * 1.25));
        return bucket.take(nowNanos, rate, Math.max(0, maxInFlight - inFlight));
    }

    private void adjust() {
        double mean = windowCount == 0 ? Double.NaN : windowSum / 1e6 / windowCount;
        if (windowFailures > 0 || dilation < 0.9 || (!Double.isNaN(mean) && mean > 2 * bestMillis + 300)) {
            rate = Math.max(MIN, rate / 2);
            slowStart = false;
        } else if (!Double.isNaN(mean)) {
            if (mean < bestMillis) {
                bestMillis = mean;
            }
            if (mean <= 1.5 * bestMillis + 300) {
                rate = Math.min(MAX, slowStart ? rate * 2 : rate + 1);
            } else {
                slowStart = false; // slower, not yet twice as slow: hold, then creep
            }
        }
        windowSum = 0;
        windowCount = 0;
        windowFailures = 0;
    }

    @Override
    public synchronized void finished(long nanos, boolean ok) {
        if (ok) {
            windowSum += nanos;
            windowCount++;
        } else {
            windowFailures++;
        }
    }

    @Override
    public synchronized void gridDilation(double d) {
        dilation = d;
    }

    @Override
    public synchronized double rate() {
        return rate;
    }

    @Override
    public String toString() {
        return "auto";
    }
}
