package io.gridprobe.protocol.circuit;

/**
 * Smoothed round-trip time and the resend timeout derived from it, as TCP does it (RFC 6298): the timeout follows
 * the measured link instead of a constant that is too slow on loopback and too eager across the world.
 */
final class RttEstimator {
    private final long initialNanos;
    private final long minNanos;
    private final long maxNanos;
    private double srtt = -1;
    private double rttvar;

    RttEstimator(long initialNanos, long minNanos, long maxNanos) {
        this.initialNanos = initialNanos;
        this.minNanos = minNanos;
        this.maxNanos = maxNanos;
    }

    void sample(long rttNanos) {
        if (rttNanos < 0) {
            return;
        }
        if (srtt < 0) {
            srtt = rttNanos;
            rttvar = rttNanos / 2.0;
        } else {
            rttvar = 0.75 * rttvar + 0.25 * Math.abs(srtt - rttNanos);
            srtt = 0.875 * srtt + 0.125 * rttNanos;
        }
    }

    boolean hasSample() {
        return srtt >= 0;
    }

    /** Smoothed RTT in nanoseconds, or -1 before the first sample. */
    long smoothedNanos() {
        return (long) srtt;
    }

    long resendTimeoutNanos() {
        if (srtt < 0) {
            return initialNanos;
        }
        long rto = (long) (srtt + 4 * rttvar);
        return Math.max(minNanos, Math.min(maxNanos, rto));
    }
}
