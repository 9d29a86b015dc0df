package io.gridprobe.harness.groups;

import io.gridprobe.harness.events.AgentEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A line of a group's chat, whether it came as a session IM (dialog 17) or inside the ChatterBoxInvitation that
 * brought the agent into the session. The agent's own lines come back too on grids that echo them (OpenSimulator).
 */
public record GroupChatReceived(Instant time, UUID groupId, UUID fromId, String fromName, String text)
        implements AgentEvent {
    @Override
    public String describe() {
        return "GroupChatReceived in " + groupId + " from " + fromName + ": " + text;
    }
}
