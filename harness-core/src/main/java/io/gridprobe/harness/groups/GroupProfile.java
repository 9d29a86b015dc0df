package io.gridprobe.harness.groups;

import java.util.UUID;

/** A group's public profile (GroupProfileReply), with the asking agent's own title and powers in it. */
public record GroupProfile(UUID groupId, String name, String charter, UUID founderId, int memberCount,
                           boolean openEnrollment, int membershipFee, boolean showInList, String memberTitle,
                           long powers, UUID ownerRoleId) {
}
