package io.gridprobe.harness.events;

import io.gridprobe.protocol.types.Vector3;
import java.time.Duration;
import java.time.Instant;

/**
 * The agent arrived where a teleport took it: in another region (TeleportFinish, then the join of that region as
 * root) or in the same one ({@code local}: TeleportLocal).
 */
public record TeleportFinished(Instant time, String fromRegion, String toRegion, long toHandle, Vector3 position,
                               boolean local, Duration took) implements AgentEvent {
    @Override
    public String describe() {
        return "TeleportFinished " + fromRegion + " -> " + toRegion + " at " + position + (local ? " (local)" : "")
                + " in " + took.toMillis() + " ms";
    }
}
