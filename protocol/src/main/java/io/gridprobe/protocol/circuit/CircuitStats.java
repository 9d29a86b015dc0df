package io.gridprobe.protocol.circuit;

/** Counters of one circuit, for reports and benchmarks. */
public record CircuitStats(
        long packetsIn,
        long packetsOut,
        long resends,
        long duplicatesDropped,
        long acksSent,
        int unacked,
        long smoothedRttMicros) {
}
