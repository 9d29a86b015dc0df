package io.gridprobe.harness.friends;

import io.gridprobe.harness.events.AgentEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * Somebody offered the agent friendship (IM dialog 38). Answer it with {@code friends().accept(offer)} or
 * {@code decline(offer)}: the answer carries {@code sessionId} back, which is how the grid knows which offer it is.
 */
public record FriendshipOffered(Instant time, UUID fromId, String fromName, String message, UUID sessionId,
                                boolean offline) implements AgentEvent {
    @Override
    public String describe() {
        return "FriendshipOffered by " + fromName + ": \"" + message + "\"";
    }
}
