package io.gridprobe.load.ramp;

/**
 * A fixed rate of logins a second, and never more than a few seconds' worth of logins in flight.
 */
public final class FixedRamp implements Ramp {
    private final double rate;
    private final int maxInFlight;
    private final TokenBucket bucket = new TokenBucket();

    public FixedRamp(double rate) {
        this.rate = rate;
        this.maxInFlight = (int) Math.max(4, Math.ceil(rate * 5));
    }

    @Override
    public synchronized int permits(long nowNanos, int inFlight) {
        return bucket.take(nowNanos, rate, maxInFlight - inFlight);
    }

    @Override
    public void finished(long nanos, boolean ok) {
    }

    @Override
    public double rate() {
        return rate;
    }

    @Override
    public String toString() {
        return rate + "/s";
    }
}
