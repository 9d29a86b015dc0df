package io.gridprobe.harness.im;

import io.gridprobe.harness.events.AgentEvent;
import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.protocol.wire.ImDialog;
import java.time.Instant;
import java.util.UUID;

/**
 * A person-to-person instant message (or typing notice, or busy auto-response) the agent received. {@code offline}
 * is set for messages the grid kept while the agent was not in world; {@code timestamp} is the grid's (Unix
 * seconds, 0 when it sent none).
 */
public record InstantMessageReceived(Instant time, UUID fromId, String fromName, UUID toId, String message, int dialog,
                                     UUID sessionId, boolean offline, long timestamp, UUID regionId, Vector3 position,
                                     String region) implements AgentEvent {
    public boolean isTyping() {
        return dialog == ImDialog.START_TYPING || dialog == ImDialog.STOP_TYPING;
    }

    @Override
    public String describe() {
        String text = message.length() > 80 ? message.substring(0, 77) + "..." : message;
        return "InstantMessageReceived dialog " + dialog + " from " + fromName + (offline ? " (offline)" : "") + ": \""
                + text + "\"";
    }
}
