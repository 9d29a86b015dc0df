package io.gridprobe.protocol.circuit;

import java.util.HashSet;
import java.util.Set;

/**
 * Remembers the last N reliable sequence numbers received, so that a resent copy (its ack got lost) is acked
 * again but not delivered twice.
 */
final class DuplicateFilter {
    private final int[] ring;
    private final Set<Integer> seen;
    private int next;
    private int size;

    DuplicateFilter(int window) {
        this.ring = new int[window];
        this.seen = new HashSet<>(Math.min(window, 64) * 2);
    }

    /** True the first time a sequence number is offered, false for a duplicate. */
    boolean firstTime(int sequence) {
        if (!seen.add(sequence)) {
            return false;
        }
        if (size == ring.length) {
            seen.remove(ring[next]);
        } else {
            size++;
        }
        ring[next] = sequence;
        next = (next + 1) % ring.length;
        return true;
    }
}
