package io.gridprobe.harness.friends;

import io.gridprobe.harness.events.AgentEvent;
import java.time.Instant;
import java.util.UUID;

/** Somebody accepted the agent's friendship offer (IM dialog 39): they are friends now. */
public record FriendshipAccepted(Instant time, UUID friendId, String friendName) implements AgentEvent {
    @Override
    public String describe() {
        return "FriendshipAccepted by " + friendName;
    }
}
