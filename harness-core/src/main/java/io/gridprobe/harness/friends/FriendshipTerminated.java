package io.gridprobe.harness.friends;

import io.gridprobe.harness.events.AgentEvent;
import java.time.Instant;
import java.util.UUID;

/** A friendship ended (TerminateFriendship from the grid), whichever side ended it. */
public record FriendshipTerminated(Instant time, UUID otherId) implements AgentEvent {
    @Override
    public String describe() {
        return "FriendshipTerminated with " + otherId;
    }
}
