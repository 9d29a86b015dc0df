package io.gridprobe.harness.groups;

import java.time.Duration;
import java.util.UUID;

/**
 * The grid did not answer the start of a group chat session (no ChatterBoxSessionStartReply): a line sent anyway
 * would prove nothing about group chat, so the harness stops there and says what was missing.
 */
public class GroupChatNotStartedException extends RuntimeException {
    public GroupChatNotStartedException(UUID groupId, Duration waited) {
        super("the grid did not answer starting the chat of group " + groupId + " (no ChatterBoxSessionStartReply within "
                + waited.toMillis() + " ms)");
    }
}
