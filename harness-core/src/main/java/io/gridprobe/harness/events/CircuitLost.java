package io.gridprobe.harness.events;

import java.time.Instant;

/** The circuit to a region was lost (silence, unacked packets) or closed by the region. */
public record CircuitLost(Instant time, String region, boolean root, String reason) implements AgentEvent {
    @Override
    public String describe() {
        return "CircuitLost " + (root ? "root " : "child ") + region + ": " + reason;
    }
}
