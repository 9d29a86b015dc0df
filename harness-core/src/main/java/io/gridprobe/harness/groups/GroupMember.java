package io.gridprobe.harness.groups;

import java.util.UUID;

/** A member of a group, from GroupMembersReply. */
public record GroupMember(UUID agentId, String title, long powers, boolean owner, String onlineStatus) {
}
