package io.gridprobe.harness.agent;

import io.gridprobe.harness.GridClient;
import io.gridprobe.harness.appearance.AppearanceManager;
import io.gridprobe.harness.chat.ChatManager;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.events.CircuitLost;
import io.gridprobe.harness.events.EventStream;
import io.gridprobe.harness.events.RegionChanged;
import io.gridprobe.harness.friends.FriendsManager;
import io.gridprobe.harness.groups.GroupManager;
import io.gridprobe.harness.junit.StepRecorder;
import io.gridprobe.harness.junit.Steps;
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
import io.gridprobe.protocol.circuit.CircuitLostException;
import io.gridprobe.protocol.circuit.CircuitState;
import io.gridprobe.protocol.circuit.UdpEndpoint;
import io.gridprobe.protocol.eventqueue.EventQueueEnd;
import io.gridprobe.protocol.login.LoginResult;
import io.gridprobe.protocol.login.LoginSuccess;
import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.packet.MessageBuilder;
import io.gridprobe.protocol.region.AgentSession;
import io.gridprobe.protocol.region.RegionConnection;
import io.gridprobe.protocol.template.MessageDef;
import io.gridprobe.protocol.trace.PacketTrace;
import io.gridprobe.protocol.types.Vector3;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A logged-in agent: where it is (root region and neighbours), what it has seen (events, raw messages, the packet
 * trace), and what it can do, through small managers: {@code chat()}, {@code im()}, {@code objects()}, ...
 * <p>
 * Created by {@link GridClient#login}; {@link #logout()} (or {@link #close()}) leaves the grid within a bounded time
 * whatever the grid does. Nothing here assumes our embedded grid: ports, region sizes and event ids are read from
 * what the grid sends.
 */
public final class Agent implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Agent.class);

    public enum State { JOINING, ONLINE, LOGGING_OUT, OFFLINE, LOST }

    private final GridClient grid;
    private final Credentials credentials;
    private final LoginSuccess login;
    private final LoginResult loginResult;
    private final AgentSession session;
    private final UdpEndpoint endpoint;
    private final MessageBus bus = new MessageBus();
    private final PacketTrace trace;
    private final EventStream events;
    private final MessageWaits waits;
    private final Map<Long, AgentRegion> regions = new ConcurrentHashMap<>();
    private final Neighbours neighbours;
    private volatile AgentRegion root;
    private volatile Vector3 position = Vector3.ZERO;
    private volatile State state = State.JOINING;
    private volatile Duration loginToReady;
    private volatile CompletableFuture<Void> loggedOut;

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

    Agent(GridClient grid, Credentials credentials, LoginResult loginResult, UdpEndpoint endpoint, PacketTrace trace) {
        this.grid = grid;
        this.credentials = credentials;
        this.loginResult = grid.footprint().rawLogin() ? loginResult : new LoginResult(loginResult.success().withoutRaw(),
                loginResult.httpDuration(), loginResult.totalDuration(), loginResult.presenceRetries());
        this.login = this.loginResult.success();
        this.session = AgentSession.of(login);
        this.endpoint = endpoint;
        this.trace = trace;
        this.events = new EventStream(credentials.role(), grid.footprint().eventHistory());
        this.waits = new MessageWaits(credentials.role(), bus, trace);
        this.neighbours = new Neighbours(this);
        this.chat = new ChatManager(this);
        this.im = new InstantMessageManager(this);
        this.objects = new ObjectManager(this);
        this.inventory = new InventoryManager(this);
        this.movement = new MovementManager(this);
        this.teleport = new TeleportManager(this);
        this.groups = new GroupManager(this);
        this.parcels = new ParcelManager(this);
        this.money = new MoneyManager(this);
        this.friends = new FriendsManager(this);
        this.appearance = new AppearanceManager(this);
    }

    // -- identity ------------------------------------------------------------------------------------------

    public UUID id() {
        return session.agentId();
    }

    /** "First Last". */
    public String name() {
        return credentials.fullName();
    }

    /** The role this agent plays in the tests ("alice"). */
    public String role() {
        return credentials.role();
    }

    /** Agent id, session id and circuit code; its toString masks the session. */
    public AgentSession session() {
        return session;
    }

    public LoginSuccess loginResponse() {
        return login;
    }

    public GridClient grid() {
        return grid;
    }

    public State state() {
        return state;
    }

    // -- where it is ---------------------------------------------------------------------------------------

    /** The root region: where the avatar is. */
    public AgentRegion region() {
        AgentRegion r = root;
        if (r == null) {
            throw new IllegalStateException(role() + " has no region yet (state " + state + ")");
        }
        return r;
    }

    /** Neighbour regions with child circuits. */
    public List<AgentRegion> childRegions() {
        AgentRegion r = root;
        return regions.values().stream().filter(x -> x != r).toList();
    }

    public Collection<AgentRegion> allRegions() {
        return List.copyOf(regions.values());
    }

    public Optional<AgentRegion> regionByHandle(long handle) {
        return Optional.ofNullable(regions.get(handle));
    }

    /** Last known position in the root region (from AgentMovementComplete and the avatar's updates). */
    public Vector3 position() {
        return position;
    }

    /** For managers that learn the position (movement, teleport, crossing). */
    public void position(Vector3 p) {
        this.position = p;
    }

    // -- observing -----------------------------------------------------------------------------------------

    /** Raw messages by name, from UDP and the event queue alike. */
    public MessageBus messages() {
        return bus;
    }

    /** Typed events (ChatHeard, InstantMessageReceived, ...), with waits and the event log. */
    public EventStream events() {
        return events;
    }

    public PacketTrace trace() {
        return trace;
    }

    /** The next UDP message with this name passing the filter, or a timeout naming what arrived instead. */
    public CompletableFuture<UdpMessage> waitForMessage(String name, Predicate<? super UdpMessage> filter, Duration timeout) {
        return waits.next(name, UdpMessage.class, filter, grid.scaled(timeout));
    }

    public CompletableFuture<UdpMessage> waitForMessage(String name, Duration timeout) {
        return waits.next(name, UdpMessage.class, MessageWaits.ANY, grid.scaled(timeout));
    }

    /** The next event-queue event with this name passing the filter. */
    public CompletableFuture<EventQueueMessage> waitForEvent(String name, Predicate<? super EventQueueMessage> filter,
                                                             Duration timeout) {
        return waits.next(name, EventQueueMessage.class, filter, grid.scaled(timeout));
    }

    /** Login HTTP, circuit, handshake, movement, caps and event queue times of the login. */
    public LoginTimings timings() {
        return new LoginTimings(loginResult, region().connection().timings(), loginToReady);
    }

    // -- acting --------------------------------------------------------------------------------------------

    /**
     * A builder for a message from this agent: when the message has an AgentData block with AgentID and SessionID
     * (most viewer messages), that block is started and filled; continue with {@code .set(...)} or {@code .block(...)}.
     */
    public MessageBuilder message(String name) {
        MessageDef def = grid.template().get(name);
        MessageBuilder b = MessageBuilder.create(def);
        int i = def.blockIndex("AgentData");
        if (i >= 0) {
            var block = def.blocks().get(i);
            b.block("AgentData");
            if (block.fieldIndex("AgentID") >= 0) {
                b.set("AgentID", id());
            }
            if (block.fieldIndex("SessionID") >= 0) {
                b.set("SessionID", session.sessionId());
            }
        }
        return b;
    }

    /** Sends to the root region, unreliably. */
    public void send(Message m) {
        region().circuit().send(m);
    }

    /** Sends to the root region reliably; the future completes when the region acks it. */
    public CompletableFuture<Void> sendReliable(Message m) {
        String what = role() + "'s " + m.name() + " to " + region().name();
        StepRecorder.Outcome step = Steps.pending(what + " (sent, not acknowledged yet)");
        return region().circuit().sendReliable(m).whenComplete((v, e) -> {
            if (e == null) {
                step.passed(what + " acknowledged");
            } else {
                step.failed(what + " never acknowledged", AgentLogin.propagate(e));
            }
        });
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

    // -- region bookkeeping (used by login, neighbours, teleport and crossing) ------------------------------

    void arrivedAtLogin(RegionConnection connection, Duration loginToReady) {
        this.loginToReady = loginToReady;
        AgentRegion r = new AgentRegion(connection, connection.regionHandle(), login.regionSizeX(), login.regionSizeY());
        setRoot(r, RegionChanged.Cause.LOGIN);
        state = State.ONLINE;
    }

    /**
     * Makes {@code r} the root region (after login, a teleport or a crossing). The previous root stays as a child when
     * it is still a neighbour of the new one, else it is left.
     */
    public void setRoot(AgentRegion r, RegionChanged.Cause cause) {
        AgentRegion old = root;
        regions.put(r.handle(), r);
        root = r;
        r.connection().position().ifPresent(this::position);
        watch(r);
        events.publish(new RegionChanged(Instant.now(), old == null ? null : old.name(), r.name(), r.handle(), position,
                cause));
        if (old != null && old.handle() != r.handle() && !r.isAdjacentTo(old.handle(), old.sizeX(), old.sizeY())) {
            leave(old);
        }
    }

    /** Adds a neighbour's child connection. */
    public void addChild(AgentRegion r) {
        AgentRegion existing = regions.putIfAbsent(r.handle(), r);
        if (existing != null && existing.connection() != r.connection()) {
            if (existing.circuit() != r.circuit()) {
                r.connection().closeAsync(); // a second circuit to a region already joined
            }
            return; // (the same circuit, already promoted to root by a crossing or teleport: closing it would end that)
        }
        watch(r);
    }

    /**
     * The child join of the region with this handle, when one is under way (announced by EnableSimulator, not yet
     * joined): it completes with the child region, or null when the join failed.
     */
    public Optional<CompletableFuture<AgentRegion>> childJoin(long handle) {
        return neighbours.joining(handle);
    }

    /** Leaves a region the agent no longer needs (DisableSimulator, or far behind after a teleport). */
    public void leave(AgentRegion r) {
        if (r == root) {
            return;
        }
        if (regions.remove(r.handle(), r)) {
            events.publish(new io.gridprobe.harness.events.RegionLeft(Instant.now(), r.name(), r.handle()));
        }
        r.connection().closeAsync();
    }

    private void watch(AgentRegion r) {
        r.circuit().terminated().thenAccept(how -> {
            boolean isRoot = r == root;
            if (how == CircuitState.LOST || (isRoot && state == State.ONLINE)) {
                events.publish(new CircuitLost(Instant.now(), r.name(), isRoot, r.circuit().endReason()));
            }
            regions.remove(r.handle(), r);
            if (isRoot && state == State.ONLINE) {
                state = State.LOST;
                LOG.warn("{} lost its root region {}: {}", role(), r.name(), r.circuit().endReason());
                waits.failAll(new CircuitLostException(role() + " lost the circuit to " + r.name() + ": "
                        + r.circuit().endReason()));
            }
        });
    }

    // -- leaving -------------------------------------------------------------------------------------------

    /**
     * Logs out: LogoutRequest, then the first sign from the grid that the session is over, then every event queue
     * ends and every circuit closes. The sign is the LogoutReply, or the root region's event queue answering 404:
     * OpenSimulator often closes the agent without a LogoutReply (the reply is queued behind the close and dropped),
     * but it always drops the agent's capabilities, so the open poll ends within a round trip. Only a grid that does
     * neither costs the bounded wait. Calling it twice is harmless.
     */
    public synchronized CompletableFuture<Void> logout() {
        if (loggedOut != null) {
            return loggedOut;
        }
        if (state != State.ONLINE) {
            loggedOut = shutDown();
            return loggedOut;
        }
        state = State.LOGGING_OUT;
        AgentRegion from = region();
        CompletableFuture<String> reply = waits.next("LogoutReply", UdpMessage.class, MessageWaits.ANY,
                grid.scaled(Duration.ofSeconds(5))).thenApply(m -> "LogoutReply");
        CompletableFuture<String> over = new CompletableFuture<>();
        reply.whenComplete((how, e) -> {
            if (e != null) {
                over.completeExceptionally(e);
            } else {
                over.complete(how);
            }
        });
        from.connection().eventQueue().ifPresent(eq -> eq.ended().thenAccept(end -> {
            if (end.reason() == EventQueueEnd.Reason.GONE) {
                over.complete("the grid closed the event queue (HTTP 404), no LogoutReply");
            }
        }));
        from.circuit().sendReliable(message("LogoutRequest").build());
        loggedOut = over.handle((how, e) -> {
            trace.note("agent", e != null ? "no sign of the logout from the grid ("
                    + AgentLogin.propagate(e).getMessage() + "); closing anyway" : "logged out: " + how);
            return null;
        }).thenCompose(x -> shutDown());
        return loggedOut;
    }

    /**
     * Leaves every region, then closes the socket. Never blocks the calling thread: the reply that triggers it arrives
     * on a network thread, and the circuits it closes need that very thread.
     */
    private CompletableFuture<Void> shutDown() {
        List<CompletableFuture<Void>> closing = regions.values().stream().map(r -> r.connection().closeAsync()).toList();
        return CompletableFuture.allOf(closing.toArray(new CompletableFuture[0]))
                .orTimeout(grid.scaled(Duration.ofSeconds(10)).toMillis(), TimeUnit.MILLISECONDS)
                .handleAsync((v, e) -> {
                    if (e != null) {
                        trace.note("agent", "regions did not all close in time: " + AgentLogin.propagate(e).getMessage());
                    }
                    regions.clear();
                    endpoint.close(); // blocks briefly: never on a network thread (hence handleAsync)
                    if (state != State.LOST) {
                        state = State.OFFLINE;
                    }
                    waits.failAll(new IllegalStateException(role() + " has logged out"));
                    return null;
                });
    }

    /** The agent's UDP socket, shared by all its circuits as a viewer's is (for child and teleport joins). */
    public UdpEndpoint endpoint() {
        return endpoint;
    }

    /** Cleans up after a failed login: nothing is left open. */
    void abandon() {
        state = State.OFFLINE;
        endpoint.close();
    }

    /** Logs out and waits (bounded). */
    @Override
    public void close() {
        try {
            logout().get(grid.scaled(Duration.ofSeconds(30)).toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            LOG.warn("{}: logout did not finish cleanly: {}", role(), e.toString());
            endpoint.close();
        }
    }

    @Override
    public String toString() {
        AgentRegion r = root;
        return role() + " (" + name() + ", " + state + (r == null ? "" : ", in " + r.name()) + ")";
    }
}
