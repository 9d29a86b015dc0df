package io.gridprobe.harness.events;

import java.time.Instant;

/** The grid handed the agent to a neighbour (CrossedRegion) but joining the neighbour as root failed. */
public record CrossingFailed(Instant time, String fromRegion, long toHandle, String reason) implements AgentEvent {
    @Override
    public String describe() {
        return "CrossingFailed from " + fromRegion + " to region @" + (toHandle >>> 32) + "," + (toHandle & 0xFFFF_FFFFL)
                + ": " + reason;
    }
}
