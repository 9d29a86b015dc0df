package io.gridprobe.protocol.circuit;

import io.gridprobe.protocol.bus.MessageBus;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.packet.Block;
import io.gridprobe.protocol.packet.MalformedPacketException;
import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.packet.MessageBuilder;
import io.gridprobe.protocol.packet.Packet;
import io.gridprobe.protocol.packet.PacketCodec;
import io.gridprobe.protocol.packet.PacketFlags;
import io.gridprobe.protocol.template.MessageDef;
import io.gridprobe.protocol.trace.PacketTrace;
import io.gridprobe.protocol.trace.TraceEntry;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One UDP circuit between two peers (an agent and a region): sequence numbers, reliable delivery with RTT-derived
 * resends, acks (appended to outgoing packets, or PacketAck), duplicate suppression, pings, silence detection.
 * The same class serves the client and the embedded grid's side.
 * <p>
 * All state is confined to the endpoint's event-loop thread; the public methods may be called from any thread.
 * Loss of the circuit is reported through {@link #terminated()} and by failing pending futures, never by an
 * exception thrown on some network thread.
 */
public final class Circuit {
    private static final Logger LOG = LoggerFactory.getLogger(Circuit.class);
    private static final int MAX_ACKS_PER_PACKET = 255;

    private final UdpEndpoint endpoint;
    private final InetSocketAddress remote;
    private final MessageBus bus;
    private final PacketTrace trace;
    private final String origin;
    private final CircuitConfig config;
    private final PacketCodec codec;
    private final MessageDef packetAck;
    private final MessageDef completePing;
    private final MessageDef startPing;
    private final RttEstimator rtt;
    private final DuplicateFilter duplicates;
    private final Map<Integer, Pending> unacked = new LinkedHashMap<>();
    private final CompletableFuture<CircuitState> terminated = new CompletableFuture<>();

    private int[] ackQueue = new int[16];
    private int ackCount;
    private int nextSequence = 1;
    private long lastInbound;
    private long lastPingSent;
    private int nextPingId;
    /** Send times of the last few pings, by PingID modulo the ring size (answers come back in well under 8 pings). */
    private final long[] pingSentAt = new long[8];
    private volatile CircuitState state = CircuitState.OPEN;
    private volatile String endReason;

    private long packetsIn;
    private long packetsOut;
    private long resends;
    private long duplicatesDropped;
    private long acksSent;

    /** A reliable packet awaiting its ack. */
    private static final class Pending {
        final byte[] datagram;
        final String name;
        final CompletableFuture<Void> acked;
        final long firstSent;
        long lastSent;
        long nextResend;
        int resends;

        Pending(byte[] datagram, String name, CompletableFuture<Void> acked, long now, long firstTimeout) {
            this.datagram = datagram;
            this.name = name;
            this.acked = acked;
            this.firstSent = now;
            this.lastSent = now;
            this.nextResend = now + firstTimeout;
        }
    }

    Circuit(UdpEndpoint endpoint, InetSocketAddress remote, MessageBus bus, PacketTrace trace, String origin) {
        this.endpoint = endpoint;
        this.remote = remote;
        this.bus = bus;
        this.trace = trace;
        this.origin = origin;
        this.config = endpoint.config();
        this.codec = endpoint.codec();
        this.packetAck = codec.template().get("PacketAck");
        this.completePing = codec.template().get("CompletePingCheck");
        this.startPing = codec.template().get("StartPingCheck");
        this.rtt = new RttEstimator(config.initialResendTimeout().toNanos(), config.minResendTimeout().toNanos(),
                config.maxResendTimeout().toNanos());
        this.duplicates = new DuplicateFilter(config.duplicateWindow());
        long now = System.nanoTime();
        this.lastInbound = now;
        this.lastPingSent = now;
    }

    public InetSocketAddress remote() {
        return remote;
    }

    public String origin() {
        return origin;
    }

    public MessageBus bus() {
        return bus;
    }

    public PacketTrace trace() {
        return trace;
    }

    public CircuitState state() {
        return state;
    }

    /** Completes when the circuit is closed or lost; {@link #endReason()} says why. */
    public CompletableFuture<CircuitState> terminated() {
        return terminated;
    }

    public String endReason() {
        return endReason;
    }

    /** Sends a message once, without asking for an ack. */
    public void send(Message message) {
        onLoop(() -> transmit(message, false, null));
    }

    /**
     * Sends a message reliably: resent until acked. The future completes when the peer acks it, or fails with
     * {@link CircuitLostException} when it never does.
     */
    public CompletableFuture<Void> sendReliable(Message message) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        onLoop(() -> transmit(message, true, acked));
        return acked;
    }

    /** Closes the circuit; with {@code tellPeer} a CloseCircuit goes out first. */
    public CompletableFuture<CircuitState> close(boolean tellPeer) {
        onLoop(() -> {
            if (state == CircuitState.OPEN) {
                if (tellPeer) {
                    transmit(MessageBuilder.create(codec.template(), "CloseCircuit").build(), false, null);
                }
                end(CircuitState.CLOSED, "closed");
            }
        });
        return terminated;
    }

    public CompletableFuture<CircuitStats> stats() {
        CompletableFuture<CircuitStats> f = new CompletableFuture<>();
        onLoop(() -> f.complete(new CircuitStats(packetsIn, packetsOut, resends, duplicatesDropped, acksSent,
                unacked.size(), rtt.hasSample() ? TimeUnit.NANOSECONDS.toMicros(rtt.smoothedNanos()) : -1)));
        return f;
    }

    private void onLoop(Runnable r) {
        if (endpoint.eventLoop().inEventLoop()) {
            r.run();
        } else {
            endpoint.eventLoop().execute(r);
        }
    }

    // -- sending -------------------------------------------------------------------------------------------

    private void transmit(Message message, boolean reliable, CompletableFuture<Void> acked) {
        if (state != CircuitState.OPEN) {
            if (acked != null) {
                acked.completeExceptionally(new CircuitLostException(message.name() + " not sent: circuit to " + origin
                        + " is " + state.name().toLowerCase() + " (" + endReason + ")"));
            }
            return;
        }
        int seq = nextSequence++;
        Packet packet = new Packet(reliable ? PacketFlags.RELIABLE : 0, seq, null, message, null);
        byte[] bytes = codec.encodeForSend(packet);
        if (bytes.length > PacketCodec.MTU) {
            IllegalArgumentException e = new IllegalArgumentException(message.name() + " encodes to " + bytes.length
                    + " bytes, over the " + PacketCodec.MTU + "-byte MTU");
            if (acked != null) {
                acked.completeExceptionally(e);
            } else {
                LOG.error("not sent to {}: {}", origin, e.getMessage());
                trace.note(origin, "not sent: " + e.getMessage());
            }
            return;
        }
        if (reliable) {
            unacked.put(seq, new Pending(bytes, message.name(), acked, System.nanoTime(),
                    backoff(rtt.resendTimeoutNanos(), config.maxResendTimeout().toNanos(), 0)));
        }
        byte[] wire = appendAcks(bytes);
        if (!isHousekeeping(message.name())) {
            trace.record(new TraceEntry(System.currentTimeMillis(), TraceEntry.Direction.OUT, origin,
                    Integer.toUnsignedLong(seq), wire[0] & 0xFF, message.name(), message, null, null));
        }
        packetsOut++;
        endpoint.write(wire, remote);
    }

    /** Piggybacks queued acks on an outgoing datagram as far as the MTU allows; acks are never zerocoded. */
    private byte[] appendAcks(byte[] datagram) {
        int room = (PacketCodec.MTU - datagram.length - 1) / 4;
        int n = Math.min(Math.min(ackCount, MAX_ACKS_PER_PACKET), room);
        if (n <= 0) {
            return datagram;
        }
        byte[] out = Arrays.copyOf(datagram, datagram.length + 4 * n + 1);
        out[0] |= (byte) PacketFlags.ACKS;
        int o = datagram.length;
        for (int i = 0; i < n; i++) {
            int a = ackQueue[ackCount - n + i];
            out[o++] = (byte) (a >>> 24);
            out[o++] = (byte) (a >>> 16);
            out[o++] = (byte) (a >>> 8);
            out[o++] = (byte) a;
        }
        out[o] = (byte) n;
        ackCount -= n;
        acksSent += n;
        return out;
    }

    /** Sends the acks still owed in PacketAck messages. */
    void flushAcks() {
        while (ackCount > 0 && state == CircuitState.OPEN) {
            int n = Math.min(ackCount, MAX_ACKS_PER_PACKET);
            MessageBuilder b = MessageBuilder.create(packetAck);
            for (int i = 0; i < n; i++) {
                b.block("Packets").set("ID", Integer.toUnsignedLong(ackQueue[ackCount - n + i]));
            }
            ackCount -= n;
            acksSent += n;
            transmit(b.build(), false, null);
        }
    }

    private void queueAck(int sequence) {
        if (ackCount == ackQueue.length) {
            ackQueue = Arrays.copyOf(ackQueue, ackQueue.length * 2);
        }
        ackQueue[ackCount++] = sequence;
    }

    // -- receiving -----------------------------------------------------------------------------------------

    void onPacket(Packet packet, InetSocketAddress sender, long nanos) {
        if (state != CircuitState.OPEN) {
            return;
        }
        lastInbound = nanos;
        packetsIn++;
        for (int i = 0; i < packet.ackCount(); i++) {
            acked(packet.ack(i), nanos);
        }
        if (packet.reliable()) {
            queueAck(packet.sequence());
            if (!duplicates.firstTime(packet.sequence())) {
                duplicatesDropped++;
                return;
            }
        }
        Message m = packet.message();
        if (!isHousekeeping(m.name())) {
            trace.record(new TraceEntry(System.currentTimeMillis(), TraceEntry.Direction.IN, origin,
                    Integer.toUnsignedLong(packet.sequence()), packet.flags(), m.name(), m, null, packet.acks()));
        }
        try {
            switch (m.name()) {
                case "PacketAck" -> {
                    for (Block b : m.blocks("Packets")) {
                        acked((int) b.u32("ID"), nanos);
                    }
                }
                case "StartPingCheck" -> transmit(MessageBuilder.create(completePing).block("PingID")
                        .set("PingID", m.block("PingID").u8("PingID")).build(), false, null);
                case "CompletePingCheck" -> {
                    long sent = pingSentAt[m.block("PingID").u8("PingID") & (pingSentAt.length - 1)];
                    if (sent != 0) {
                        rtt.sample(nanos - sent);
                    }
                }
                case "CloseCircuit" -> {
                    end(CircuitState.CLOSED, "the peer closed the circuit");
                    return;
                }
                default -> {
                }
            }
        } catch (MalformedPacketException e) {
            LOG.debug("dropped malformed {} from {}: {}", m.name(), origin, e.getMessage());
            return;
        }
        if (bus.hasListeners(m.name())) {
            bus.publish(new UdpMessage(packet, sender, nanos, origin));
        }
    }

    /**
     * Acks and pings are counted in the stats but kept out of the trace: an idle circuit makes little else, and they
     * would push the evidence out of a bounded trace (and grow an idle agent's memory) while saying nothing a
     * failed test needs.
     */
    private static boolean isHousekeeping(String name) {
        return name.equals("PacketAck") || name.equals("StartPingCheck") || name.equals("CompletePingCheck");
    }

    private void acked(int sequence, long now) {
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

    // -- timers --------------------------------------------------------------------------------------------

    void tick(long now) {
        if (state != CircuitState.OPEN) {
            return;
        }
        if (now - lastInbound > config.silenceTimeout().toNanos()) {
            end(CircuitState.LOST, "no packet from " + origin + " for "
                    + TimeUnit.NANOSECONDS.toMillis(now - lastInbound) + " ms");
            return;
        }
        long rto = rtt.resendTimeoutNanos();
        long max = config.maxResendTimeout().toNanos();
        for (Iterator<Pending> it = unacked.values().iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if (now < p.nextResend) {
                continue;
            }
            if (p.resends >= config.maxResends()) {
                end(CircuitState.LOST, "reliable " + p.name + " to " + origin + " not acked after " + p.resends
                        + " resends");
                return;
            }
            p.resends++;
            p.lastSent = now;
            p.nextResend = now + backoff(rto, max, p.resends);
            resends++;
            byte[] again = p.datagram.clone();
            again[0] |= (byte) PacketFlags.RESENT;
            packetsOut++;
            trace.record(new TraceEntry(System.currentTimeMillis(), TraceEntry.Direction.OUT, origin,
                    seqOf(again), again[0] & 0xFF, p.name + " (resent)", null, null, null));
            endpoint.write(again, remote);
        }
        if (now - lastPingSent >= config.pingInterval().toNanos()) {
            lastPingSent = now;
            int id = nextPingId++ & 0xFF;
            pingSentAt[id & (pingSentAt.length - 1)] = now;
            Integer oldest = unacked.isEmpty() ? 0 : unacked.keySet().iterator().next();
            transmit(MessageBuilder.create(startPing).block("PingID").set("PingID", id)
                    .set("OldestUnacked", Integer.toUnsignedLong(oldest)).build(), false, null);
        }
        flushAcks();
    }

    /**
     * Exponential backoff with up to 25% random jitter: without it, resends keep a fixed phase against other periodic
     * traffic (pings), and a link that loses packets in a pattern can lose the same resend every time.
     */
    private static long backoff(long rto, long max, int resends) {
        long base = Math.min(max, rto << Math.min(resends, 16));
        return base + ThreadLocalRandom.current().nextLong(base / 4 + 1);
    }

    private static long seqOf(byte[] datagram) {
        return ((datagram[1] & 0xFFL) << 24) | ((datagram[2] & 0xFF) << 16) | ((datagram[3] & 0xFF) << 8)
                | (datagram[4] & 0xFF);
    }

    private void end(CircuitState how, String reason) {
        if (state != CircuitState.OPEN) {
            return;
        }
        state = how;
        endReason = reason;
        endpoint.remove(this);
        trace.note(origin, "circuit " + how.name().toLowerCase() + ": " + reason);
        if (how == CircuitState.LOST) {
            LOG.info("circuit to {} lost: {}", origin, reason);
        }
        CircuitLostException e = new CircuitLostException("circuit to " + origin + " " + how.name().toLowerCase()
                + ": " + reason);
        for (Pending p : unacked.values()) {
            if (p.acked != null) {
                p.acked.completeExceptionally(e);
            }
        }
        unacked.clear();
        terminated.complete(how);
    }
}
