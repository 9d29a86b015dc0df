package io.gridprobe.harness.teleport;

import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.harness.events.CrossingFailed;
import io.gridprobe.harness.events.RegionChanged;
import io.gridprobe.protocol.bus.EventQueueMessage;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.http.HttpFailure;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Border crossings: CrossedRegion (event queue, or UDP on older grids) says the region has handed the avatar to a
 * neighbour; the agent joins it as root on its child circuit, and the old region stays a child (or goes, if the grid
 * says DisableSimulator). A crossing that cannot be read or joined is published as {@link CrossingFailed}.
 */
final class BorderCrossings {
    private final AgentCore agent;
    private final RootTransfers transfers;

    BorderCrossings(AgentCore agent, RootTransfers transfers) {
        this.agent = agent;
        this.transfers = transfers;
        var bus = agent.messages();
        bus.subscribe("CrossedRegion", EventQueueMessage.class, m -> crossing(m.origin(),
                () -> Destination.fromCrossedRegion(agent, m.body())));
        bus.subscribe("CrossedRegion", UdpMessage.class, m -> crossing(m.origin(),
                () -> Destination.fromBlock(agent, m.message().block("RegionData"),
                        m.message().block("Info").vector3("Position"))));
    }

    /** An unreadable CrossedRegion is a failed crossing, announced now (a walker's wait ends with the reason). */
    private void crossing(String origin, Supplier<Destination> read) {
        RootTransfers.readable(agent, origin, "CrossedRegion", read, why -> agent.events().publish(
                new CrossingFailed(Instant.now(), RootTransfers.regionNameOrUnknown(agent), 0L, why)))
                .ifPresent(this::onCrossed);
    }

    private void onCrossed(Destination d) {
        String from = RootTransfers.regionNameOrUnknown(agent);
        agent.trace().note("crossing", "CrossedRegion: " + from + " -> " + d.describe() + " at " + d.position());
        transfers.transferRoot(d, RegionChanged.Cause.CROSSING, r -> {
        }, e -> agent.events().publish(new CrossingFailed(Instant.now(), from, d.handle(),
                HttpFailure.unwrap(e).getMessage())));
    }
}
