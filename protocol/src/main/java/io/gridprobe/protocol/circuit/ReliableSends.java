package io.gridprobe.protocol.circuit;

import io.gridprobe.protocol.packet.PacketFlags;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The reliable packets a circuit sent that await their ack, oldest first: each is resent with exponential backoff
 * (from the RTT estimate, with jitter) until it is acked or has been resent too often. Acks of first sends feed the
 * RTT estimate. Event-loop thread only.
 */
final class ReliableSends {
    /** Resends one datagram (already flagged RESENT) under the packet's name. */
    @FunctionalInterface
    interface Resender {
        void resend(byte[] datagram, String name);
    }

    /** A packet resent the allowed number of times without an ack: the circuit is lost. */
    record GivenUp(String name, int resends) {
    }

    /** A reliable packet awaiting its ack. */
    private static final class Pending {
        final byte[] datagram;
        final String name;
        final CompletableFuture<Void> acked;
        final long firstSent;
        long nextResend;
        int resends;

        Pending(byte[] datagram, String name, CompletableFuture<Void> acked, long now, long firstTimeout) {
            this.datagram = datagram;
            this.name = name;
            this.acked = acked;
            this.firstSent = now;
            this.nextResend = now + firstTimeout;
        }
    }

    private final Map<Integer, Pending> unacked = new LinkedHashMap<>();
    private final RttEstimator rtt;
    private final CircuitConfig config;
    private long resends;

    ReliableSends(RttEstimator rtt, CircuitConfig config) {
        this.rtt = rtt;
        this.config = config;
    }

    void sent(int sequence, byte[] datagram, String name, CompletableFuture<Void> acked, long now) {
        unacked.put(sequence, new Pending(datagram, name, acked, now,
                backoff(rtt.resendTimeoutNanos(), config.maxResendTimeout().toNanos(), 0)));
    }

    void acked(int sequence, long now) {
        Pending p = unacked.remove(sequence);
        if (p != null) {
            if (p.resends == 0) {
                rtt.sample(now - p.firstSent); // Karn: a resent packet's ack does not say which copy it answers
            }
            if (p.acked != null) {
                p.acked.complete(null);
            }
        }
    }

    /** The oldest sequence number still unacked, 0 when none (StartPingCheck's OldestUnacked). */
    int oldest() {
        return unacked.isEmpty() ? 0 : unacked.keySet().iterator().next();
    }

    int size() {
        return unacked.size();
    }

    long resends() {
        return resends;
    }

    /** Resends every packet whose time has come; returns the packet the circuit must be given up for, or null. */
    GivenUp resendDue(long now, Resender out) {
        long rto = rtt.resendTimeoutNanos();
        long max = config.maxResendTimeout().toNanos();
        for (Iterator<Pending> it = unacked.values().iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if (now < p.nextResend) {
                continue;
            }
            if (p.resends >= config.maxResends()) {
                return new GivenUp(p.name, p.resends);
            }
            p.resends++;
            p.nextResend = now + backoff(rto, max, p.resends);
            resends++;
            byte[] again = p.datagram.clone();
            again[0] |= (byte) PacketFlags.RESENT;
            out.resend(again, p.name);
        }
        return null;
    }

    /** The circuit ended: every pending send fails with {@code e}. */
    void failAll(CircuitLostException e) {
        for (Pending p : unacked.values()) {
            if (p.acked != null) {
                p.acked.completeExceptionally(e);
            }
        }
        unacked.clear();
    }

    /**
     * Exponential backoff with up to 25% random jitter: without it, resends keep a fixed phase against other periodic
     * traffic (pings), and a link that loses packets in a pattern can lose the same resend every time.
     */
    private static long backoff(long rto, long max, int resends) {
        long base = Math.min(max, rto << Math.min(resends, 16));
        return base + ThreadLocalRandom.current().nextLong(base / 4 + 1);
    }
}
