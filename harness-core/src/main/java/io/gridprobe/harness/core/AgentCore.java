package io.gridprobe.harness.core;

import io.gridprobe.harness.events.EventStream;
import io.gridprobe.harness.events.RegionChanged;
import io.gridprobe.protocol.bus.EventQueueMessage;
import io.gridprobe.protocol.bus.MessageBus;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.circuit.UdpEndpoint;
import io.gridprobe.protocol.login.LoginSuccess;
import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.packet.MessageBuilder;
import io.gridprobe.protocol.region.AgentSession;
import io.gridprobe.protocol.trace.PacketTrace;
import io.gridprobe.protocol.types.Vector3;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * What an agent's managers (chat, objects, teleport, ...) see of its session: who it is, where it is, what it has
 * heard, and how to send. Only managers get it (the {@code Agent} facade hands it to them and never to scenarios), so
 * the region bookkeeping here ({@link #setRoot}, {@link #addChild}, {@link #leave}, {@link #position(Vector3)}) is not
 * part of what a scenario can call.
 */
public interface AgentCore {
    UUID id();

    /** "First Last". */
    String name();

    /** The role this agent plays in the tests ("alice"). */
    String role();

    /** Agent id, session id and circuit code; its toString masks the session. */
    AgentSession session();

    LoginSuccess loginResponse();

    AgentState state();

    /** The shared transports, timers and facts of the run. */
    GridAccess grid();

    /** The root region: where the avatar is. */
    AgentRegion region();

    /** Neighbour regions with child circuits. */
    List<AgentRegion> childRegions();

    Collection<AgentRegion> allRegions();

    Optional<AgentRegion> regionByHandle(long handle);

    /** Last known position in the root region. */
    Vector3 position();

    /** For managers that learn the position (movement, teleport, crossing). */
    void position(Vector3 p);

    /** The unit vector the avatar faces, kept by movement and read by teleport (the LookAt of a request). */
    Vector3 facing();

    void facing(Vector3 forward);

    MessageBus messages();

    EventStream events();

    PacketTrace trace();

    /** The agent's UDP socket, shared by all its circuits. */
    UdpEndpoint endpoint();

    CompletableFuture<UdpMessage> waitForMessage(String name, Predicate<? super UdpMessage> filter, Duration timeout);

    CompletableFuture<UdpMessage> waitForMessage(String name, Duration timeout);

    CompletableFuture<EventQueueMessage> waitForEvent(String name, Predicate<? super EventQueueMessage> filter,
                                                      Duration timeout);

    /** A builder for a message from this agent, its AgentData block (AgentID, SessionID) filled when it has one. */
    MessageBuilder message(String name);

    /** Sends to the root region, unreliably. */
    void send(Message m);

    /** Sends to the root region reliably; the future completes when the region acks it. */
    CompletableFuture<Void> sendReliable(Message m);

    /** Makes {@code r} the root region (after a teleport or a crossing); the old root is left unless adjacent. */
    void setRoot(AgentRegion r, RegionChanged.Cause cause);

    /** Adds a neighbour's child connection. */
    void addChild(AgentRegion r);

    /** The child join of the region with this handle, when one is under way. */
    Optional<CompletableFuture<AgentRegion>> childJoin(long handle);

    /** Leaves a region the agent no longer needs. */
    void leave(AgentRegion r);
}
