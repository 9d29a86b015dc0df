package io.gridprobe.harness.teleport;

import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.harness.core.AgentRegion;
import io.gridprobe.protocol.circuit.CircuitState;
import io.gridprobe.protocol.region.JoinOptions;
import io.gridprobe.protocol.region.RegionJoin;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Joins, as root, the region a teleport or crossing hands the agent to. When the agent already has a child circuit
 * there, that circuit is the way in (as a viewer does it): CompleteAgentMovement alone (RegionJoin skips
 * UseCircuitCode on an open circuit), keeping the child's capabilities and event queue. Otherwise it is a new root
 * join: UseCircuitCode, CompleteAgentMovement, the seed capability from TeleportFinish or CrossedRegion, an event
 * queue. A child join still under way for that region is waited for (bounded) rather than raced.
 */
final class RegionTransfer {
    private static final Duration CHILD_JOIN_WAIT = Duration.ofSeconds(10);

    private RegionTransfer() {
    }

    static CompletableFuture<AgentRegion> joinAsRoot(AgentCore agent, Destination d) {
        CompletableFuture<Void> childSettled = new CompletableFuture<>();
        Optional<CompletableFuture<AgentRegion>> underWay = agent.childJoin(d.handle());
        if (underWay.isPresent()) {
            agent.trace().note("teleport", "waiting for the child join of " + d.describe() + " before joining it as root");
            underWay.get().whenComplete((r, e) -> childSettled.complete(null));
            childSettled.completeOnTimeout(null, agent.grid().scaled(CHILD_JOIN_WAIT).toMillis(), TimeUnit.MILLISECONDS);
        } else {
            childSettled.complete(null);
        }
        return childSettled.thenCompose(x -> {
            Optional<AgentRegion> child = agent.regionByHandle(d.handle()).filter(d::isKnownAs)
                    .filter(r -> r.circuit().state() == CircuitState.OPEN);
            return child.isPresent() ? promote(agent, child.get(), d) : fresh(agent, d);
        });
    }

    private static CompletableFuture<AgentRegion> promote(AgentCore agent, AgentRegion child, Destination d) {
        boolean childHasQueue = child.connection().eventQueue().isPresent();
        JoinOptions options = scaled(agent, JoinOptions.root());
        if (childHasQueue) {
            options = options.withEventQueue(false, options.eventQueue());
        }
        agent.trace().note("teleport", "joining " + child.name() + " as root on the child circuit");
        return builder(agent, d).seedCapability(childHasQueue ? null : d.seed()).options(options).build().start()
                .thenApply(movement -> new AgentRegion(child.connection().promotedWith(movement), d.handle(),
                        d.sizeX(), d.sizeY()));
    }

    private static CompletableFuture<AgentRegion> fresh(AgentCore agent, Destination d) {
        agent.trace().note("teleport", "joining " + d.describe() + " as root on a new circuit");
        return builder(agent, d).seedCapability(d.seed()).options(scaled(agent, JoinOptions.root())).build().start()
                .thenApply(c -> new AgentRegion(c, d.handle(), d.sizeX(), d.sizeY()));
    }

    private static RegionJoin.Builder builder(AgentCore agent, Destination d) {
        return RegionJoin.builder().session(agent.session()).sim(d.sim()).regionHandle(d.handle())
                .endpoint(agent.endpoint()).bus(agent.messages()).trace(agent.trace()).caps(agent.grid().caps())
                .template(agent.grid().template());
    }

    private static JoinOptions scaled(AgentCore agent, JoinOptions o) {
        return o.withTimeouts(agent.grid().scaled(o.circuitTimeout()), agent.grid().scaled(o.movementTimeout()),
                agent.grid().scaled(o.capsTimeout())).withCapNames(agent.grid().footprint().capNames());
    }
}
