package io.gridprobe.harness.events;

import java.time.Instant;

/** The region accepted a teleport request and started it (TeleportStart); {@code flags} are its TeleportFlags. */
public record TeleportStarted(Instant time, String fromRegion, String target, long flags) implements AgentEvent {
    @Override
    public String describe() {
        return "TeleportStarted " + fromRegion + " -> " + target + " (flags 0x" + Long.toHexString(flags) + ")";
    }
}
