package io.gridprobe.harness.events;

import java.time.Instant;

/** A neighbour region told the agent about (EnableSimulator) now has a child circuit up. */
public record ChildRegionAdded(Instant time, String region, long handle) implements AgentEvent {
    @Override
    public String describe() {
        return "ChildRegionAdded " + region;
    }
}
