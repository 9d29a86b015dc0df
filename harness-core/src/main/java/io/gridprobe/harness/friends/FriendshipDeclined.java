package io.gridprobe.harness.friends;

import io.gridprobe.harness.events.AgentEvent;
import java.time.Instant;
import java.util.UUID;

/** Somebody declined the agent's friendship offer (IM dialog 40). */
public record FriendshipDeclined(Instant time, UUID byId, String byName) implements AgentEvent {
    @Override
    public String describe() {
        return "FriendshipDeclined by " + byName;
    }
}
