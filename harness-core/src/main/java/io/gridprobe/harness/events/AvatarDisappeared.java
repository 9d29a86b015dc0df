package io.gridprobe.harness.events;

import java.time.Instant;
import java.util.UUID;

/** Another agent's avatar went out of view in a region this agent sees (KillObject: it left, teleported, crossed). */
public record AvatarDisappeared(Instant time, String region, long regionHandle, UUID agentId, String name)
        implements AgentEvent {
    @Override
    public String describe() {
        return "AvatarDisappeared " + name + " from " + region;
    }
}
