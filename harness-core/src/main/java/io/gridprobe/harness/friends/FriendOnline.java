package io.gridprobe.harness.friends;

import io.gridprobe.harness.events.AgentEvent;
import java.time.Instant;
import java.util.UUID;

/** A friend is in world (OnlineNotification: at their login, at ours, or when a friendship begins). */
public record FriendOnline(Instant time, UUID friendId) implements AgentEvent {
    @Override
    public String describe() {
        return "FriendOnline " + friendId;
    }
}
