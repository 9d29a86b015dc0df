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
import java.util.concurrent.CompletableFuture;
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
    private final ReliableSends reliable;
    private final CompletableFuture<CircuitState> terminated = new CompletableFuture<>();

    private final OwedAcks owedAcks = new OwedAcks();
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
    private long duplicatesDropped;

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
        this.reliable = new ReliableSends(rtt, config);
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
        onLoop(() -> f.complete(new CircuitStats(packetsIn, packetsOut, reliable.resends(), duplicatesDropped,
                owedAcks.sent(), reliable.size(),
                rtt.hasSample() ? TimeUnit.NANOSECONDS.toMicros(rtt.smoothedNanos()) : -1)));
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

    private void transmit(Message message, boolean isReliable, CompletableFuture<Void> acked) {
        if (state != CircuitState.OPEN) {
            if (acked != null) {
                acked.completeExceptionally(new CircuitLostException(message.name() + " not sent: circuit to " + origin
                        + " is " + state.name().toLowerCase() + " (" + endReason + ")"));
            }
            return;
        }
        int seq = nextSequence++;
        Packet packet = new Packet(isReliable ? PacketFlags.RELIABLE : 0, seq, null, message, null);
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
        if (isReliable) {
            reliable.sent(seq, bytes, message.name(), acked, System.nanoTime());
        }
        byte[] wire = owedAcks.appendTo(bytes);
        if (!isHousekeeping(message.name())) {
            trace.record(new TraceEntry(System.currentTimeMillis(), TraceEntry.Direction.OUT, origin,
                    Integer.toUnsignedLong(seq), wire[0] & 0xFF, message.name(), message, null, null));
        }
        packetsOut++;
        endpoint.write(wire, remote);
    }

    /** Sends the acks still owed in PacketAck messages. */
    void flushAcks() {
        while (!owedAcks.isEmpty() && state == CircuitState.OPEN) {
            MessageBuilder b = MessageBuilder.create(packetAck);
            for (int sequence : owedAcks.takeBatch()) {
                b.block("Packets").set("ID", Integer.toUnsignedLong(sequence));
            }
            transmit(b.build(), false, null);
        }
    }

    // -- receiving -----------------------------------------------------------------------------------------

    void onPacket(Packet packet, InetSocketAddress sender, long nanos) {
        if (state != CircuitState.OPEN) {
            return;
        }
        lastInbound = nanos;
        packetsIn++;
        for (int i = 0; i < packet.ackCount(); i++) {
            reliable.acked(packet.ack(i), nanos);
        }
        if (packet.reliable()) {
            owedAcks.add(packet.sequence());
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
                        reliable.acked((int) b.u32("ID"), nanos);
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
        ReliableSends.GivenUp givenUp = reliable.resendDue(now, (again, name) -> {
            packetsOut++;
            trace.record(new TraceEntry(System.currentTimeMillis(), TraceEntry.Direction.OUT, origin, seqOf(again),
                    again[0] & 0xFF, name + " (resent)", null, null, null));
            endpoint.write(again, remote);
        });
        if (givenUp != null) {
            end(CircuitState.LOST, "reliable " + givenUp.name() + " to " + origin + " not acked after "
                    + givenUp.resends() + " resends");
            return;
        }
        if (now - lastPingSent >= config.pingInterval().toNanos()) {
            lastPingSent = now;
            int id = nextPingId++ & 0xFF;
            pingSentAt[id & (pingSentAt.length - 1)] = now;
            int oldest = reliable.oldest();
            transmit(MessageBuilder.create(startPing).block("PingID").set("PingID", id)
                    .set("OldestUnacked", Integer.toUnsignedLong(oldest)).build(), false, null);
        }
        flushAcks();
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
        reliable.failAll(e);
        terminated.complete(how);
    }
}
