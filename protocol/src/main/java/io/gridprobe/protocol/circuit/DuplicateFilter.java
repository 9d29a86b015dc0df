package io.gridprobe.protocol.circuit;

/**
 * Remembers the last N reliable sequence numbers received, so that a resent copy (its ack got lost) is acked
 * again but not delivered twice. A plain ring searched from the newest back: reliable packets are few and a window
 * of a few hundred ints is a few hundred nanoseconds to search, while a set of boxed numbers cost every circuit
 * ~12 KB (a load run keeps thousands of circuits).
 */
final class DuplicateFilter {
    private final int[] ring;
    private int next;
    private int size;

    DuplicateFilter(int window) {
        this.ring = new int[Math.max(1, window)];
    }

    /** True the first time a sequence number is offered, false for a duplicate. */
    boolean firstTime(int sequence) {
        for (int i = 1; i <= size; i++) {
            if (ring[Math.floorMod(next - i, ring.length)] == sequence) {
                return false;
            }
        }
        ring[next] = sequence;
        next = (next + 1) % ring.length;
        if (size < ring.length) {
            size++;
        }
        return true;
    }
}
