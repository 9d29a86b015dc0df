package io.gridprobe.protocol.region;

import io.gridprobe.protocol.bus.MessageBus;
import io.gridprobe.protocol.bus.Subscription;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.caps.Capabilities;
import io.gridprobe.protocol.caps.CapsClient;
import io.gridprobe.protocol.caps.MissingCapabilityException;
import io.gridprobe.protocol.circuit.Circuit;
import io.gridprobe.protocol.circuit.UdpEndpoint;
import io.gridprobe.protocol.eventqueue.EventQueueClient;
import io.gridprobe.protocol.http.CapabilityUris;
import io.gridprobe.protocol.http.HttpFailure;
import io.gridprobe.protocol.packet.Block;
import io.gridprobe.protocol.packet.MalformedPacketException;
import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.packet.MessageBuilder;
import io.gridprobe.protocol.template.MessageTemplate;
import io.gridprobe.protocol.trace.PacketTrace;
import io.gridprobe.protocol.types.Vector3;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The state of one {@link RegionJoin}, from start to success or failure: the circuit and what was sent on it, the
 * handshake, movement and capabilities awaited with their timeouts, the timings, and the clean-up of a failed join.
 */
final class JoinRun {
    private static final Duration CHILD_HANDSHAKE_GRACE = Duration.ofSeconds(3);

    private final AgentSession session;
    private final InetSocketAddress sim;
    private final URI seedCapability;
    private final long regionHandle;
    private final UdpEndpoint endpoint;
    private final MessageBus bus;
    private final PacketTrace trace;
    private final CapsClient caps;
    private final JoinOptions options;
    private final Duration loginHttp;
    private final MessageTemplate template;
    private final long t0 = System.nanoTime();
    private final String origin;
    private volatile Capabilities granted = Capabilities.none();
    private final Arrivals arrivals = new Arrivals();
    private final CompletableFuture<RegionConnection> result = new CompletableFuture<>();
    private final List<Subscription> joinSubscriptions = new ArrayList<>();
    private final CompletableFuture<Void> movement = new CompletableFuture<>();
    /** The region's RegionHandshake (its name, flags) has been read. */
    private final CompletableFuture<Void> handshaken = new CompletableFuture<>();
    private Circuit circuit;
    private Subscription handshakeResponder;
    private volatile EventQueueClient eventQueue;
    private volatile long circuitUpNanos = -1;
    private volatile long handshakeNanos = -1;
    private volatile long movementNanos = -1;
    private volatile long capsNanos = -1;
    private volatile long eqNanos = -1;
    private volatile Vector3 position;
    private volatile Vector3 lookAt;
    private volatile long handle;
    private volatile String regionName;
    private volatile String simVersion;

    JoinRun(RegionJoin join) {
        this.session = join.session;
        this.sim = join.sim;
        this.seedCapability = join.seedCapability;
        this.regionHandle = join.regionHandle;
        this.endpoint = join.endpoint;
        this.bus = join.bus;
        this.trace = join.trace;
        this.caps = join.caps;
        this.options = join.options;
        this.loginHttp = join.loginHttp;
        this.template = join.template;
        this.origin = sim.getAddress().getHostAddress() + ":" + sim.getPort();
        this.handle = regionHandle;
    }

    CompletableFuture<RegionConnection> start() {
        boolean existing = endpoint.circuits().stream().anyMatch(c -> c.remote().equals(sim) && c.state()
                == io.gridprobe.protocol.circuit.CircuitState.OPEN);
        // Listen before anything is sent, so nothing the region answers can be missed.
        joinSubscriptions.add(bus.subscribeAll(r -> {
            if (r instanceof UdpMessage m && sim.equals(m.sender())) {
                arrivals.add(m.name());
            }
        }));
        if (!options.isChild()) {
            joinSubscriptions.add(bus.subscribe("AgentMovementComplete", UdpMessage.class,
                    this::onMovementComplete));
        }
        circuit = endpoint.open(sim, bus, trace, origin);
        handshakeResponder = bus.subscribe("RegionHandshake", UdpMessage.class, this::onHandshake);
        trace.note(origin, (options.isChild() ? "child" : "root") + " join of " + session.agentId()
                + (existing ? " on the open circuit" : ""));

        List<CompletableFuture<?>> required = new ArrayList<>();
        circuit.terminated().thenRun(() -> fail(RegionJoinException.Stage.CIRCUIT,
                "circuit to " + origin + " " + circuit.state().name().toLowerCase(java.util.Locale.ROOT)
                        + " during the join: " + circuit.endReason(), null));
        // An existing circuit (a child being promoted by a crossing or teleport) is already up.
        CompletableFuture<Void> up = existing ? CompletableFuture.completedFuture(null) : useCircuitCode();
        required.add(up);
        if (options.isChild() && !existing) {
            // A simulator handshakes a child right after UseCircuitCode; waiting for it (briefly) means a child
            // region is known by its name, not its address, from the moment it is joined. A grid that sends no
            // handshake to children only delays the join by the grace period.
            Duration grace = options.circuitTimeout().compareTo(CHILD_HANDSHAKE_GRACE) < 0
                    ? options.circuitTimeout() : CHILD_HANDSHAKE_GRACE;
            required.add(handshaken.completeOnTimeout(null, grace.toMillis(), TimeUnit.MILLISECONDS));
        }
        if (!options.isChild()) {
            completeAgentMovement();
            required.add(movement);
            timeout(movement, options.movementTimeout(), RegionJoinException.Stage.MOVEMENT,
                    () -> "no AgentMovementComplete from " + origin + " within "
                            + options.movementTimeout().toMillis() + " ms");
        }
        if (seedCapability != null) {
            required.add(capsAndEventQueue());
        }
        CompletableFuture.allOf(required.toArray(new CompletableFuture[0])).whenComplete((ok, e) -> {
            if (e == null) {
                succeed();
            }
        });
        return result;
    }

    private CompletableFuture<Void> useCircuitCode() {
        Message ucc = MessageBuilder.create(template, "UseCircuitCode").block("CircuitCode")
                .set("Code", session.circuitCode()).set("SessionID", session.sessionId())
                .set("ID", session.agentId()).build();
        CompletableFuture<Void> acked = circuit.sendReliable(ucc).thenRun(() -> circuitUpNanos = elapsed());
        acked.exceptionally(e -> {
            fail(RegionJoinException.Stage.CIRCUIT, "UseCircuitCode to " + origin + " failed: "
                    + HttpFailure.unwrap(e).getMessage(), e);
            return null;
        });
        timeout(acked, options.circuitTimeout(), RegionJoinException.Stage.CIRCUIT,
                () -> "UseCircuitCode to " + origin + " not acked within " + options.circuitTimeout().toMillis()
                        + " ms");
        return acked;
    }

    /** Sent right after UseCircuitCode, not after the handshake: the region handshakes only after this. */
    private void completeAgentMovement() {
        Message cam = MessageBuilder.create(template, "CompleteAgentMovement").block("AgentData")
                .set("AgentID", session.agentId()).set("SessionID", session.sessionId())
                .set("CircuitCode", session.circuitCode()).build();
        circuit.sendReliable(cam).exceptionally(e -> {
            fail(RegionJoinException.Stage.MOVEMENT, "CompleteAgentMovement to " + origin + " failed: "
                    + HttpFailure.unwrap(e).getMessage(), e);
            return null;
        });
    }

    /** Answers every RegionHandshake from this region, for as long as the connection lives. */
    private void onHandshake(UdpMessage m) {
        if (!sim.equals(m.sender())) {
            return;
        }
        if (handshakeNanos < 0) {
            handshakeNanos = elapsed();
        }
        try {
            regionName = m.message().block("RegionInfo").string("SimName");
        } catch (MalformedPacketException e) {
            trace.note(origin, "RegionHandshake unreadable: " + e.getMessage());
        }
        handshaken.complete(null);
        circuit.sendReliable(MessageBuilder.create(template, "RegionHandshakeReply")
                .block("AgentData").set("AgentID", session.agentId()).set("SessionID", session.sessionId())
                .block("RegionInfo").set("Flags", options.handshakeReplyFlags()).build());
    }

    private void onMovementComplete(UdpMessage m) {
        if (!sim.equals(m.sender()) || movement.isDone()) {
            return;
        }
        try {
            Block data = m.message().block("Data");
            position = data.vector3("Position");
            lookAt = data.vector3("LookAt");
            handle = data.u64("RegionHandle");
            simVersion = m.message().block("SimData").string("ChannelVersion");
        } catch (MalformedPacketException e) {
            fail(RegionJoinException.Stage.MOVEMENT, "unreadable AgentMovementComplete from " + origin + ": "
                    + e.getMessage(), e);
            return;
        }
        movementNanos = elapsed();
        movement.complete(null);
    }

    private CompletableFuture<Void> capsAndEventQueue() {
        CompletableFuture<Capabilities> seeded = caps.seed(seedCapability, options.capNames());
        timeout(seeded, options.capsTimeout(), RegionJoinException.Stage.CAPS,
                () -> "seed capability " + CapabilityUris.redact(seedCapability) + " not answered within "
                        + options.capsTimeout().toMillis() + " ms");
        CompletableFuture<Void> done = seeded.thenCompose(c -> {
            this.granted = c;
            capsNanos = elapsed();
            if (!options.startEventQueue()) {
                return CompletableFuture.completedFuture(null);
            }
            URI eq;
            try {
                eq = c.require("EventQueueGet");
            } catch (MissingCapabilityException e) {
                fail(RegionJoinException.Stage.EVENT_QUEUE, "region " + origin + " did not grant EventQueueGet: "
                        + e.getMessage(), e);
                return CompletableFuture.completedFuture(null);
            }
            synchronized (this) {
                if (result.isDone()) {
                    return CompletableFuture.completedFuture(null); // failed meanwhile: start nothing
                }
                eventQueue = EventQueueClient.start(caps.http(), eq, bus, trace, origin, options.eventQueue());
            }
            return eventQueue.firstPollSent().thenRun(() -> eqNanos = elapsed());
        });
        seeded.exceptionally(e -> {
            fail(RegionJoinException.Stage.CAPS, "seed capability of " + origin + " failed: "
                    + HttpFailure.unwrap(e).getMessage(), e);
            return null;
        });
        return done;
    }

    private void timeout(CompletableFuture<?> awaited, Duration after, RegionJoinException.Stage stage,
                         Supplier<String> what) {
        CompletableFuture.delayedExecutor(after.toMillis(), TimeUnit.MILLISECONDS, caps.http().executor())
                .execute(() -> {
                    if (!awaited.isDone()) {
                        fail(stage, what.get(), null);
                    }
                });
    }

    private long elapsed() {
        return System.nanoTime() - t0;
    }

    private void fail(RegionJoinException.Stage stage, String what, Throwable cause) {
        RegionJoinException e;
        EventQueueClient eq;
        synchronized (this) {
            if (result.isDone()) {
                return;
            }
            e = new RegionJoinException(stage, what + "; " + arrivals.describe(), arrivals.list(),
                    cause == null ? null : HttpFailure.unwrap(cause));
            eq = eventQueue;
            result.completeExceptionally(e);
        }
        trace.note(origin, "join failed: " + e.getMessage());
        joinSubscriptions.forEach(Subscription::close);
        handshakeResponder.close();
        CompletableFuture<?> stopped = eq == null ? CompletableFuture.completedFuture(null) : eq.stop();
        stopped.whenComplete((x, y) -> circuit.close(true));
    }

    private void succeed() {
        RegionConnection c;
        synchronized (this) {
            if (result.isDone()) {
                return;
            }
            JoinTimings timings = new JoinTimings(loginHttp, nanos(circuitUpNanos), nanos(handshakeNanos),
                    nanos(movementNanos), nanos(capsNanos), nanos(eqNanos), Duration.ofNanos(elapsed()));
            Duration closeTimeout = options.eventQueue().stopTimeout().plusSeconds(1);
            c = new RegionConnection(options.role(), sim, circuit, granted, eventQueue, handle, position,
                    lookAt, regionName, simVersion, timings, handshakeResponder, closeTimeout);
            result.complete(c);
        }
        joinSubscriptions.forEach(Subscription::close);
        trace.note(origin, "joined: " + c.timings());
    }


    private static Duration nanos(long n) {
        return n < 0 ? null : Duration.ofNanos(n);
    }
}
