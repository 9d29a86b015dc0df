package io.gridprobe.harness.events;

import io.gridprobe.protocol.types.Vector3;
import java.time.Instant;

/** The agent's root region changed: after login, a teleport or a border crossing. */
public record RegionChanged(Instant time, String fromRegion, String toRegion, long toHandle, Vector3 position, Cause cause)
        implements AgentEvent {
    public enum Cause { LOGIN, TELEPORT, CROSSING }

    @Override
    public String describe() {
        return "RegionChanged " + fromRegion + " -> " + toRegion + " at " + position + " (" + cause + ")";
    }
}
