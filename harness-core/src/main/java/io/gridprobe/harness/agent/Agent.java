package io.gridprobe.harness.agent;

import io.gridprobe.harness.appearance.AppearanceManager;
import io.gridprobe.harness.chat.ChatManager;
import io.gridprobe.harness.core.AgentRegion;
import io.gridprobe.harness.core.AgentState;
import io.gridprobe.harness.core.GridAccess;
import io.gridprobe.harness.core.LiveSession;
import io.gridprobe.harness.core.LoginTimings;
import io.gridprobe.harness.events.EventStream;
import io.gridprobe.harness.friends.FriendsManager;
import io.gridprobe.harness.groups.GroupManager;
import io.gridprobe.harness.im.InstantMessageManager;
import io.gridprobe.harness.inventory.InventoryManager;
import io.gridprobe.harness.money.MoneyManager;
import io.gridprobe.harness.movement.MovementManager;
import io.gridprobe.harness.objects.ObjectManager;
import io.gridprobe.harness.parcels.ParcelManager;
import io.gridprobe.harness.teleport.TeleportManager;
import io.gridprobe.protocol.bus.EventQueueMessage;
import io.gridprobe.protocol.bus.MessageBus;
import io.gridprobe.protocol.bus.UdpMessage;
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
 * A logged-in agent: where it is (root region and neighbours), what it has seen (events, raw messages, the packet
 * trace), and what it can do, through small managers: {@code chat()}, {@code im()}, {@code objects()}, ...
 * <p>
 * A facade: the session (circuits, regions, waits, events) is the agent core below, which the managers share and
 * scenarios do not see. Created by {@code GridClient.login}; {@link #logout()} (or {@link #close()}) leaves the grid
 * within a bounded time whatever the grid does. Nothing here assumes our embedded grid: ports, region sizes and event
 * ids are read from what the grid sends.
 */
public final class Agent implements AutoCloseable {
    private final LiveSession core;
    private final ChatManager chat;
    private final InstantMessageManager im;
    private final ObjectManager objects;
    private final InventoryManager inventory;
    private final MovementManager movement;
    private final TeleportManager teleport;
    private final GroupManager groups;
    private final ParcelManager parcels;
    private final MoneyManager money;
    private final FriendsManager friends;
    private final AppearanceManager appearance;

    /** Builds the managers on a session before its first region join, so that they hear its first packet. */
    public Agent(LiveSession core) {
        this.core = core;
        this.chat = new ChatManager(core);
        this.im = new InstantMessageManager(core);
        this.objects = new ObjectManager(core);
        this.inventory = new InventoryManager(core);
        this.movement = new MovementManager(core);
        this.teleport = new TeleportManager(core);
        this.groups = new GroupManager(core);
        this.parcels = new ParcelManager(core);
        this.money = new MoneyManager(core);
        this.friends = new FriendsManager(core);
        this.appearance = new AppearanceManager(core);
    }

    // -- identity ------------------------------------------------------------------------------------------

    public UUID id() {
        return core.id();
    }

    /** "First Last". */
    public String name() {
        return core.name();
    }

    /** The role this agent plays in the tests ("alice"). */
    public String role() {
        return core.role();
    }

    /** Agent id, session id and circuit code; its toString masks the session. */
    public AgentSession session() {
        return core.session();
    }

    public LoginSuccess loginResponse() {
        return core.loginResponse();
    }

    /** The run's shared transports, timers and timeout scale ({@code grid().scaled(...)}). */
    public GridAccess grid() {
        return core.grid();
    }

    public AgentState state() {
        return core.state();
    }

    // -- where it is ---------------------------------------------------------------------------------------

    /** The root region: where the avatar is. */
    public AgentRegion region() {
        return core.region();
    }

    /** Neighbour regions with child circuits. */
    public List<AgentRegion> childRegions() {
        return core.childRegions();
    }

    public Collection<AgentRegion> allRegions() {
        return core.allRegions();
    }

    public Optional<AgentRegion> regionByHandle(long handle) {
        return core.regionByHandle(handle);
    }

    /** Last known position in the root region (from AgentMovementComplete and the avatar's updates). */
    public Vector3 position() {
        return core.position();
    }

    // -- observing -----------------------------------------------------------------------------------------

    /** Raw messages by name, from UDP and the event queue alike. */
    public MessageBus messages() {
        return core.messages();
    }

    /** Typed events (ChatHeard, InstantMessageReceived, ...), with waits and the event log. */
    public EventStream events() {
        return core.events();
    }

    public PacketTrace trace() {
        return core.trace();
    }

    /** The next UDP message with this name passing the filter, or a timeout naming what arrived instead. */
    public CompletableFuture<UdpMessage> waitForMessage(String name, Predicate<? super UdpMessage> filter, Duration timeout) {
        return core.waitForMessage(name, filter, timeout);
    }

    public CompletableFuture<UdpMessage> waitForMessage(String name, Duration timeout) {
        return core.waitForMessage(name, timeout);
    }

    /** The next event-queue event with this name passing the filter. */
    public CompletableFuture<EventQueueMessage> waitForEvent(String name, Predicate<? super EventQueueMessage> filter,
                                                             Duration timeout) {
        return core.waitForEvent(name, filter, timeout);
    }

    /** Login HTTP, circuit, handshake, movement, caps and event queue times of the login. */
    public LoginTimings timings() {
        return core.timings();
    }

    // -- acting --------------------------------------------------------------------------------------------

    /**
     * A builder for a message from this agent: when the message has an AgentData block with AgentID and SessionID
     * (most viewer messages), that block is started and filled; continue with {@code .set(...)} or {@code .block(...)}.
     */
    public MessageBuilder message(String name) {
        return core.message(name);
    }

    /** Sends to the root region, unreliably. */
    public void send(Message m) {
        core.send(m);
    }

    /** Sends to the root region reliably; the future completes when the region acks it. */
    public CompletableFuture<Void> sendReliable(Message m) {
        return core.sendReliable(m);
    }

    public ChatManager chat() {
        return chat;
    }

    public InstantMessageManager im() {
        return im;
    }

    public ObjectManager objects() {
        return objects;
    }

    public InventoryManager inventory() {
        return inventory;
    }

    public MovementManager movement() {
        return movement;
    }

    public TeleportManager teleport() {
        return teleport;
    }

    public GroupManager groups() {
        return groups;
    }

    public ParcelManager parcels() {
        return parcels;
    }

    public MoneyManager money() {
        return money;
    }

    public FriendsManager friends() {
        return friends;
    }

    public AppearanceManager appearance() {
        return appearance;
    }

    // -- leaving -------------------------------------------------------------------------------------------

    /**
     * Logs out: LogoutRequest, then the first sign from the grid that the session is over (LogoutReply, or the event
     * queue closed), then every circuit closes, within a bounded time. Calling it twice is harmless.
     */
    public CompletableFuture<Void> logout() {
        return core.logout();
    }

    /** Logs out and waits (bounded). */
    @Override
    public void close() {
        core.close();
    }

    @Override
    public String toString() {
        return core.toString();
    }
}
