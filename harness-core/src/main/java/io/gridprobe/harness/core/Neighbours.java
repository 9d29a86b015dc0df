package io.gridprobe.harness.core;

import io.gridprobe.harness.events.ChildRegionAdded;
import io.gridprobe.protocol.bus.EventQueueMessage;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.llsd.Llsd;
import io.gridprobe.protocol.llsd.LlsdBinaryFields;
import io.gridprobe.protocol.llsd.LlsdTypeException;
import io.gridprobe.protocol.region.JoinOptions;
import io.gridprobe.protocol.region.RegionJoin;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Child agents in neighbour regions, as a viewer keeps them: EnableSimulator names a neighbour (handle, IP, port,
 * size), EstablishAgentCommunication gives its seed capability, and the agent opens a child circuit to it. A grid
 * that never sends the seed still gets a child circuit after a grace period. DisableSimulator from a child closes it.
 */
final class Neighbours {
    private static final Logger LOG = LoggerFactory.getLogger(Neighbours.class);
    private static final Duration SEED_GRACE = Duration.ofSeconds(5);

    private final LiveSession agent;
    private final Map<InetSocketAddress, Pending> pending = new ConcurrentHashMap<>();
    /** Child joins under way by region handle; each completes with the child region, or null when it failed. */
    private final Map<Long, CompletableFuture<AgentRegion>> joining = new ConcurrentHashMap<>();

    /** A neighbour announced but not joined yet. */
    private static final class Pending {
        final long handle;
        final int sizeX;
        final int sizeY;
        final CompletableFuture<URI> seed = new CompletableFuture<>();
        final CompletableFuture<AgentRegion> joined = new CompletableFuture<>();

        Pending(long handle, int sizeX, int sizeY) {
            this.handle = handle;
            this.sizeX = sizeX;
            this.sizeY = sizeY;
        }
    }

    Neighbours(LiveSession agent) {
        this.agent = agent;
        if (!agent.grid().footprint().neighbours()) {
            return; // an agent that keeps to its root region (AgentFootprint): no child circuits
        }
        agent.messages().subscribe("EnableSimulator", EventQueueMessage.class, this::onEnableSimulator);
        agent.messages().subscribe("EstablishAgentCommunication", EventQueueMessage.class, this::onEstablish);
        agent.messages().subscribe("DisableSimulator", UdpMessage.class, this::onDisable);
    }

    private void onEnableSimulator(EventQueueMessage m) {
        try {
            for (Object o : Llsd.array(m.body().get("SimulatorInfo"))) {
                Map<String, Object> info = Llsd.map(o);
                long handle = LlsdBinaryFields.regionHandle(info.get("Handle"));
                InetSocketAddress sim = new InetSocketAddress(LlsdBinaryFields.ipv4(info.get("IP")),
                        LlsdBinaryFields.port(info.get("Port")));
                int sx = info.containsKey("RegionSizeX") ? (int) LlsdBinaryFields.u32(info.get("RegionSizeX")) : 256;
                int sy = info.containsKey("RegionSizeY") ? (int) LlsdBinaryFields.u32(info.get("RegionSizeY")) : 256;
                if (agent.regionByHandle(handle).isPresent()) {
                    continue;
                }
                Pending p = pending.computeIfAbsent(sim, k -> new Pending(handle, sx, sy));
                joining.putIfAbsent(handle, p.joined);
                p.seed.completeOnTimeout(null, agent.grid().scaled(SEED_GRACE).toMillis(), TimeUnit.MILLISECONDS)
                        .thenAccept(seed -> join(sim, p, seed));
            }
        } catch (LlsdTypeException | ClassCastException | NullPointerException e) {
            agent.trace().note(m.origin(), "ignored a malformed EnableSimulator: " + e.getMessage());
        }
    }

    private void onEstablish(EventQueueMessage m) {
        try {
            String ipPort = Llsd.string(m.body().get("sim-ip-and-port"));
            Object seedValue = m.body().get("seed-capability");
            URI seed = seedValue instanceof URI u ? u : URI.create(Llsd.string(seedValue));
            int colon = ipPort.lastIndexOf(':');
            InetSocketAddress sim = new InetSocketAddress(ipPort.substring(0, colon), Integer.parseInt(ipPort.substring(colon + 1)));
            Pending p = pending.get(sim);
            if (p != null) {
                p.seed.complete(seed);
            }
        } catch (RuntimeException e) {
            agent.trace().note(m.origin(), "ignored a malformed EstablishAgentCommunication: " + e.getMessage());
        }
    }

    /** The child join of this region under way, if any (teleport and crossing wait for it rather than race it). */
    java.util.Optional<CompletableFuture<AgentRegion>> joining(long handle) {
        return java.util.Optional.ofNullable(joining.get(handle));
    }

    private void join(InetSocketAddress sim, Pending p, URI seed) {
        p.joined.whenComplete((r, e) -> joining.remove(p.handle, p.joined));
        if (agent.state() != AgentState.ONLINE && agent.state() != AgentState.JOINING) {
            pending.remove(sim, p);
            p.joined.complete(null);
            return;
        }
        JoinOptions options = JoinOptions.child().withCapNames(agent.grid().footprint().capNames());
        options = options.withTimeouts(agent.grid().scaled(options.circuitTimeout()),
                agent.grid().scaled(options.movementTimeout()), agent.grid().scaled(options.capsTimeout()));
        RegionJoin.builder().session(agent.session()).sim(sim).seedCapability(seed).regionHandle(p.handle)
                .endpoint(agent.endpoint()).bus(agent.messages()).trace(agent.trace()).caps(agent.grid().caps())
                .options(options).template(agent.grid().template()).build().start()
                .whenComplete((connection, error) -> {
                    pending.remove(sim, p);
                    if (error != null) {
                        LOG.info("{}: child join of {} failed: {}", agent.role(), sim, AgentLogin.propagate(error).getMessage());
                        p.joined.complete(null);
                        return;
                    }
                    AgentRegion r = new AgentRegion(connection, p.handle, p.sizeX, p.sizeY);
                    agent.addChild(r);
                    // The event before the future: a waiter on the join may look for the event at once.
                    agent.events().publish(new ChildRegionAdded(Instant.now(), r.name(), r.handle()));
                    p.joined.complete(agent.regionByHandle(p.handle).orElse(null));
                });
    }

    private void onDisable(UdpMessage m) {
        for (AgentRegion r : agent.childRegions()) {
            if (r.connection().simAddress().equals(m.sender())) {
                agent.leave(r);
            }
        }
    }
}
