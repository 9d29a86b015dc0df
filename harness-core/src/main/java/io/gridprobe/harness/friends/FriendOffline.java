package io.gridprobe.harness.friends;

import io.gridprobe.harness.events.AgentEvent;
import java.time.Instant;
import java.util.UUID;

/** A friend left the grid (OfflineNotification). */
public record FriendOffline(Instant time, UUID friendId) implements AgentEvent {
    @Override
    public String describe() {
        return "FriendOffline " + friendId;
    }
}
