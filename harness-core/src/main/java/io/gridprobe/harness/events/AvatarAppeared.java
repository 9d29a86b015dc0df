package io.gridprobe.harness.events;

import io.gridprobe.protocol.types.Vector3;
import java.time.Instant;
import java.util.UUID;

/** Another agent's avatar came into view in a region this agent sees (its ObjectUpdate). */
public record AvatarAppeared(Instant time, String region, long regionHandle, UUID agentId, String name,
                             Vector3 position) implements AgentEvent {
    @Override
    public String describe() {
        return "AvatarAppeared " + name + " in " + region + " at " + position;
    }
}
