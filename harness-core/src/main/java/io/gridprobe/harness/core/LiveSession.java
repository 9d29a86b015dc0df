package io.gridprobe.harness.core;

import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.events.CircuitLost;
import io.gridprobe.harness.events.EventStream;
import io.gridprobe.harness.events.RegionChanged;
import io.gridprobe.harness.events.RegionLeft;
import io.gridprobe.protocol.bus.EventQueueMessage;
import io.gridprobe.protocol.bus.MessageBus;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.circuit.CircuitLostException;
import io.gridprobe.protocol.circuit.CircuitState;
import io.gridprobe.protocol.circuit.UdpEndpoint;
import io.gridprobe.protocol.login.LoginResult;
import io.gridprobe.protocol.login.LoginSuccess;
import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.packet.MessageBuilder;
import io.gridprobe.protocol.region.AgentSession;
import io.gridprobe.protocol.region.RegionConnection;
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
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent core: one logged-in session with its regions (root and children, each a circuit), the raw message bus,
 * the typed event stream, the waits and the packet trace. Managers reach it as {@link AgentCore}; sending is
 * {@link Sending}'s job, logging out {@link SessionLogout}'s.
 */
public final class LiveSession implements AgentCore {
    private static final Logger LOG = LoggerFactory.getLogger(LiveSession.class);

    private final GridAccess grid;
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
    private final SessionLogout logout;
    private final Sending sending;
    private volatile AgentRegion root;
    private volatile Vector3 position = Vector3.ZERO;
    private volatile Vector3 facing = new Vector3(1, 0, 0);
    private volatile AgentState state = AgentState.JOINING;
    private volatile Duration loginToReady;

    LiveSession(GridAccess grid, Credentials credentials, LoginResult loginResult, UdpEndpoint endpoint,
                PacketTrace trace) {
        this.grid = grid;
        this.credentials = credentials;
        // a lean agent keeps the fields read from the login response, not its whole struct (AgentFootprint)
        this.loginResult = grid.footprint().rawLogin() ? loginResult : new LoginResult(loginResult.success().withoutRaw(),
                loginResult.httpDuration(), loginResult.totalDuration(), loginResult.presenceRetries());
        this.login = this.loginResult.success();
        this.session = AgentSession.of(login);
        this.endpoint = endpoint;
        this.trace = trace;
        this.events = new EventStream(credentials.role(), grid.footprint().eventHistory());
        this.waits = new MessageWaits(credentials.role(), bus, trace);
        this.neighbours = new Neighbours(this);
        this.logout = new SessionLogout(this, regions, waits);
        this.sending = new Sending(credentials.role(), session, grid.template(), this::region);
    }

    // -- identity ------------------------------------------------------------------------------------------

    @Override
    public UUID id() {
        return session.agentId();
    }

    @Override
    public String name() {
        return credentials.fullName();
    }

    @Override
    public String role() {
        return credentials.role();
    }

    @Override
    public AgentSession session() {
        return session;
    }

    @Override
    public LoginSuccess loginResponse() {
        return login;
    }

    @Override
    public GridAccess grid() {
        return grid;
    }

    @Override
    public AgentState state() {
        return state;
    }

    void state(AgentState s) {
        state = s;
    }

    // -- where it is ---------------------------------------------------------------------------------------

    @Override
    public AgentRegion region() {
        AgentRegion r = root;
        if (r == null) {
            throw new IllegalStateException(role() + " has no region yet (state " + state + ")");
        }
        return r;
    }

    @Override
    public List<AgentRegion> childRegions() {
        AgentRegion r = root;
        return regions.values().stream().filter(x -> x != r).toList();
    }

    @Override
    public Collection<AgentRegion> allRegions() {
        return List.copyOf(regions.values());
    }

    @Override
    public Optional<AgentRegion> regionByHandle(long handle) {
        return Optional.ofNullable(regions.get(handle));
    }

    @Override
    public Vector3 position() {
        return position;
    }

    @Override
    public void position(Vector3 p) {
        this.position = p;
    }

    @Override
    public Vector3 facing() {
        return facing;
    }

    @Override
    public void facing(Vector3 forward) {
        this.facing = forward;
    }

    // -- observing -----------------------------------------------------------------------------------------

    @Override
    public MessageBus messages() {
        return bus;
    }

    @Override
    public EventStream events() {
        return events;
    }

    @Override
    public PacketTrace trace() {
        return trace;
    }

    @Override
    public UdpEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public CompletableFuture<UdpMessage> waitForMessage(String name, Predicate<? super UdpMessage> filter,
                                                        Duration timeout) {
        return waits.next(name, UdpMessage.class, filter, grid.scaled(timeout));
    }

    @Override
    public CompletableFuture<UdpMessage> waitForMessage(String name, Duration timeout) {
        return waits.next(name, UdpMessage.class, MessageWaits.ANY, grid.scaled(timeout));
    }

    @Override
    public CompletableFuture<EventQueueMessage> waitForEvent(String name, Predicate<? super EventQueueMessage> filter,
                                                             Duration timeout) {
        return waits.next(name, EventQueueMessage.class, filter, grid.scaled(timeout));
    }

    /** Login HTTP, circuit, handshake, movement, caps and event queue times of the login. */
    public LoginTimings timings() {
        return new LoginTimings(loginResult, region().connection().timings(), loginToReady);
    }

    // -- acting --------------------------------------------------------------------------------------------

    @Override
    public MessageBuilder message(String name) {
        return sending.message(name);
    }

    @Override
    public void send(Message m) {
        sending.send(m);
    }

    @Override
    public CompletableFuture<Void> sendReliable(Message m) {
        return sending.sendReliable(m);
    }

    // -- region bookkeeping (used by login, neighbours, teleport and crossing) ------------------------------

    void arrivedAtLogin(RegionConnection connection, Duration loginToReady) {
        this.loginToReady = loginToReady;
        AgentRegion r = new AgentRegion(connection, connection.regionHandle(), login.regionSizeX(), login.regionSizeY());
        setRoot(r, RegionChanged.Cause.LOGIN);
        state = AgentState.ONLINE;
    }

    @Override
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

    @Override
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

    @Override
    public Optional<CompletableFuture<AgentRegion>> childJoin(long handle) {
        return neighbours.joining(handle);
    }

    @Override
    public void leave(AgentRegion r) {
        if (r == root) {
            return;
        }
        if (regions.remove(r.handle(), r)) {
            events.publish(new RegionLeft(Instant.now(), r.name(), r.handle()));
        }
        r.connection().closeAsync();
    }

    private void watch(AgentRegion r) {
        r.circuit().terminated().thenAccept(how -> {
            boolean isRoot = r == root;
            if (how == CircuitState.LOST || (isRoot && state == AgentState.ONLINE)) {
                events.publish(new CircuitLost(Instant.now(), r.name(), isRoot, r.circuit().endReason()));
            }
            regions.remove(r.handle(), r);
            if (isRoot && state == AgentState.ONLINE) {
                state = AgentState.LOST;
                LOG.warn("{} lost its root region {}: {}", role(), r.name(), r.circuit().endReason());
                waits.failAll(new CircuitLostException(role() + " lost the circuit to " + r.name() + ": "
                        + r.circuit().endReason()));
            }
        });
    }

    // -- leaving -------------------------------------------------------------------------------------------

    /** Logs out (see {@link SessionLogout}); calling it twice is harmless. */
    public CompletableFuture<Void> logout() {
        return logout.logout();
    }

    /** Logs out and waits (bounded). */
    public void close() {
        logout.close();
    }

    /** Cleans up after a failed login: nothing is left open. */
    void abandon() {
        state = AgentState.OFFLINE;
        endpoint.close();
    }

    @Override
    public String toString() {
        AgentRegion r = root;
        return role() + " (" + name() + ", " + state + (r == null ? "" : ", in " + r.name()) + ")";
    }
}
