package io.gridprobe.load.report;

import java.util.Map;

/**
 * One second of a load run, keyed by its wall-clock second so that shards running on different machines line up.
 *
 * @param second       epoch second the point covers
 * @param connected    agents connected at the end of the second
 * @param target       agents the run wanted connected by then (the ramp's target)
 * @param latency      per action key, what was measured during this second only
 * @param failures     per action key, per reason key: failures during this second only
 * @param processCpu   CPU the load process(es) used during this second, in cores (1.0 = one core busy)
 * @param heapUsedBytes heap in use by the load process(es) at the end of the second
 * @param processes    how many load processes this point adds up (1, or the shards merged)
 */
public record TimePoint(long second, int connected, int target, Map<String, LatencyStats> latency,
                        Map<String, Map<String, Long>> failures, double processCpu, long heapUsedBytes,
                        int processes) {

    public TimePoint {
        latency = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(latency));
        java.util.TreeMap<String, Map<String, Long>> f = new java.util.TreeMap<>();
        failures.forEach((k, v) -> f.put(k, java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(v))));
        failures = java.util.Collections.unmodifiableMap(f);
    }

    /** All failures during this second. */
    public long failureCount() {
        return failures.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    }
}
