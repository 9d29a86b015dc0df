package io.gridprobe.load.report;

import org.HdrHistogram.Histogram;

/**
 * The latencies of one action over some span (the whole run, or one second of it): the figures people read, in
 * milliseconds, and the histogram they came from, so that reports merge exactly.
 *
 * @param histogram {@link HistogramCodec}-encoded microseconds
 */
public record LatencyStats(long count, double minMs, double meanMs, double p50Ms, double p90Ms, double p95Ms,
                           double p99Ms, double p999Ms, double maxMs, String histogram) {

    public static LatencyStats of(Histogram h) {
        return new LatencyStats(h.getTotalCount(), ms(h.getTotalCount() == 0 ? 0 : h.getMinValue()), h.getMean() / 1000.0,
                ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)), ms(h.getValueAtPercentile(95)),
                ms(h.getValueAtPercentile(99)), ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()),
                HistogramCodec.encode(h));
    }

    /** The histogram behind these figures. */
    public Histogram decode(String what) {
        return HistogramCodec.decode(histogram, what);
    }

    /** The latency at {@code percentile} (0..100), milliseconds, from the histogram itself. */
    public double percentileMs(double percentile, String what) {
        return ms(decode(what).getValueAtPercentile(percentile));
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
