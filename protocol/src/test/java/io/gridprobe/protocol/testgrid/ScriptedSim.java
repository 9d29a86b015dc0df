package io.gridprobe.protocol.testgrid;

import io.gridprobe.protocol.bus.MessageBus;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.circuit.Circuit;
import io.gridprobe.protocol.circuit.CircuitConfig;
import io.gridprobe.protocol.circuit.UdpEndpoint;
import io.gridprobe.protocol.circuit.UdpTransport;
import io.gridprobe.protocol.packet.Block;
import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.packet.MessageBuilder;
import io.gridprobe.protocol.packet.PacketCodec;
import io.gridprobe.protocol.template.MessageTemplate;
import io.gridprobe.protocol.trace.PacketTrace;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A region's UDP side that answers as the captured OpenSim did: a circuit opens for a UseCircuitCode with the
 * expected code (its ack is the circuit's business); RegionHandshake (the captured message) goes out only after
 * CompleteAgentMovement; AgentMovementComplete (the captured one, rebuilt with the test's ids) after
 * RegionHandshakeReply. Everything the agent sent is recorded by name.
 */
public final class ScriptedSim implements AutoCloseable {
    private static final MessageTemplate T = MessageTemplate.bundled();

    private final UdpEndpoint endpoint;
    private final MessageBus bus = new MessageBus();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<Message> handshakeReplies = new CopyOnWriteArrayList<>();
    /** Agents that sent CompleteAgentMovement and still await AgentMovementComplete. */
    private final java.util.Set<InetSocketAddress> arrived = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Message regionHandshake;
    private final Message movementTemplate;
    private final UUID agentId;
    private final UUID sessionId;
    private final boolean sendHandshake;
    private final boolean sendMovementComplete;

    private ScriptedSim(UdpTransport transport, CapturedSession captured, UUID agentId, UUID sessionId,
                        long circuitCode, boolean sendHandshake, boolean sendMovementComplete) throws Exception {
        this.regionHandshake = captured.fromRegion("RegionHandshake");
        this.movementTemplate = captured.fromRegion("AgentMovementComplete");
        this.agentId = agentId;
        this.sessionId = sessionId;
        this.sendHandshake = sendHandshake;
        this.sendMovementComplete = sendMovementComplete;
        bus.subscribeAll(r -> {
            if (r instanceof UdpMessage m) {
                received.add(m.name());
            }
        });
        bus.subscribe("CompleteAgentMovement", UdpMessage.class, m -> {
            arrived.add(m.sender());
            if (this.sendHandshake) {
                circuitOf(m).sendReliable(regionHandshake);
            }
        });
        bus.subscribe("UseCircuitCode", UdpMessage.class, m -> {
            // a child agent gets the handshake without CompleteAgentMovement, as the neighbour in probe_cross did
            if (childHandshake) {
                circuitOf(m).sendReliable(regionHandshake);
            }
        });
        bus.subscribe("RegionHandshakeReply", UdpMessage.class, m -> {
            handshakeReplies.add(m.message());
            // only an arriving (root) agent gets AgentMovementComplete, once
            if (this.sendMovementComplete && arrived.remove(m.sender())) {
                circuitOf(m).sendReliable(movementComplete());
            }
        });
        this.endpoint = UdpEndpoint.bind(transport, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new PacketCodec(T), CircuitConfig.defaults(), (ep, packet) -> {
                    Message m = packet.packet().message();
                    if (m.name().equals("UseCircuitCode") && m.block("CircuitCode").u32("Code") == circuitCode) {
                        return ep.open(packet.sender(), bus, new PacketTrace(64), "agent " + packet.sender());
                    }
                    return null;
                }).get(5, TimeUnit.SECONDS);
    }

    private volatile boolean childHandshake;

    /** A sim that completes the join. */
    public static ScriptedSim start(UdpTransport transport, CapturedSession captured, UUID agentId, UUID sessionId,
                                    long circuitCode) throws Exception {
        return new ScriptedSim(transport, captured, agentId, sessionId, circuitCode, true, true);
    }

    /** A sim that handshakes but never sends AgentMovementComplete. */
    public static ScriptedSim withoutMovementComplete(UdpTransport transport, CapturedSession captured, UUID agentId,
                                                      UUID sessionId, long circuitCode) throws Exception {
        return new ScriptedSim(transport, captured, agentId, sessionId, circuitCode, true, false);
    }

    /** Also handshake on UseCircuitCode alone, as a neighbour does for a child agent. */
    public ScriptedSim handshakeChildren() {
        childHandshake = true;
        return this;
    }

    private Circuit circuitOf(UdpMessage m) {
        return endpoint.circuits().stream().filter(c -> c.remote().equals(m.sender())).findFirst().orElseThrow();
    }

    /** The captured AgentMovementComplete with the test's agent and session. */
    private Message movementComplete() {
        Block data = movementTemplate.block("Data");
        return MessageBuilder.create(T, "AgentMovementComplete")
                .block("AgentData").set("AgentID", agentId).set("SessionID", sessionId)
                .block("Data").set("Position", data.vector3("Position")).set("LookAt", data.vector3("LookAt"))
                .set("RegionHandle", data.u64("RegionHandle")).set("Timestamp", data.u32("Timestamp"))
                .block("SimData").set("ChannelVersion", movementTemplate.block("SimData").bytes("ChannelVersion"))
                .build();
    }

    public InetSocketAddress address() {
        return endpoint.localAddress();
    }

    public UdpEndpoint endpoint() {
        return endpoint;
    }

    /** Names of the messages the agent sent, in arrival order. */
    public List<String> received() {
        return received;
    }

    public List<Message> handshakeReplies() {
        return handshakeReplies;
    }

    @Override
    public void close() {
        endpoint.close();
    }
}
