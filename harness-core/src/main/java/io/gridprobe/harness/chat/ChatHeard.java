package io.gridprobe.harness.chat;

import io.gridprobe.harness.events.AgentEvent;
import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.protocol.wire.ChatSource;
import io.gridprobe.protocol.wire.ChatType;
import java.time.Instant;
import java.util.UUID;

/**
 * A line of local chat the agent heard (one ChatFromSimulator): who said it, how (whisper, say, shout, typing), from
 * where (the speaker's position in its region) and through which region's circuit it came.
 */
public record ChatHeard(Instant time, String fromName, UUID fromId, UUID ownerId, int sourceType, int chatType,
                        int audible, String message, Vector3 position, String region) implements AgentEvent {

    public boolean fromAgent() {
        return sourceType == ChatSource.AGENT;
    }

    public boolean isTyping() {
        return chatType == ChatType.START_TYPING.code() || chatType == ChatType.STOP_TYPING.code();
    }

    public String typeName() {
        return ChatType.of(chatType).map(Enum::name).orElse("type " + chatType);
    }

    @Override
    public String describe() {
        String text = message.length() > 80 ? message.substring(0, 77) + "..." : message;
        return "ChatHeard " + typeName() + " from " + fromName + " in " + region + ": \"" + text + "\"";
    }
}
