package io.gridprobe.harness.events;

import java.time.Instant;

/**
 * A teleport did not happen: the grid refused it (TeleportFailed, with its reason) or it could not be completed
 * (no answer, the new region could not be joined); {@code byGrid} tells which.
 */
public record TeleportFailed(Instant time, String target, String reason, boolean byGrid) implements AgentEvent {
    @Override
    public String describe() {
        return "TeleportFailed to " + target + ": " + reason + (byGrid ? "" : " (client side)");
    }
}
