package io.gridprobe.harness.events;

import java.time.Instant;

/** The agent no longer sees a region (DisableSimulator, or left behind by a teleport): what it knew of it can go. */
public record RegionLeft(Instant time, String region, long handle) implements AgentEvent {
    @Override
    public String describe() {
        return "RegionLeft " + region;
    }
}
