package io.gridprobe.load.report;

import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/** Combining two points of the same second: of one process ticking twice, or of two shards. */
final class TimePoints {
    private TimePoints() {
    }

    /** Two ticks of one process that closed the same second: counts add up, gauges are the later one's. */
    static TimePoint fold(TimePoint earlier, TimePoint later) {
        return new TimePoint(later.second(), later.connected(), later.target(),
                addLatency(earlier.latency(), later.latency(), later.second()),
                addFailures(earlier.failures(), later.failures()), nanMax(earlier.processCpu(), later.processCpu()),
                later.heapUsedBytes(), later.processes());
    }

    /** The same second seen by two processes (shards): everything adds up, agents and resources included. */
    static TimePoint merge(TimePoint a, TimePoint b) {
        return new TimePoint(a.second(), a.connected() + b.connected(), a.target() + b.target(),
                addLatency(a.latency(), b.latency(), a.second()), addFailures(a.failures(), b.failures()),
                nanSum(a.processCpu(), b.processCpu()), a.heapUsedBytes() + b.heapUsedBytes(),
                a.processes() + b.processes());
    }

    static Map<String, LatencyStats> addLatency(Map<String, LatencyStats> a, Map<String, LatencyStats> b, long second) {
        Map<String, LatencyStats> sum = new TreeMap<>(a);
        b.forEach((action, stats) -> sum.merge(action, stats, (x, y) -> {
            String what = action + " in second " + second;
            Histogram h = x.decode(what);
            h.add(y.decode(what));
            return LatencyStats.of(h);
        }));
        return sum;
    }

    static Map<String, Map<String, Long>> addFailures(Map<String, ? extends Map<String, Long>> a,
                                                      Map<String, ? extends Map<String, Long>> b) {
        Map<String, Map<String, Long>> sum = new TreeMap<>();
        for (Map<String, ? extends Map<String, Long>> m : java.util.List.of(a, b)) {
            m.forEach((action, reasons) -> reasons.forEach((reason, n) ->
                    sum.computeIfAbsent(action, k -> new TreeMap<>()).merge(reason, n, Long::sum)));
        }
        return sum;
    }

    private static double nanMax(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }

    private static double nanSum(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : a + b;
    }
}
