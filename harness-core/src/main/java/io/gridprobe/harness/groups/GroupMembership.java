package io.gridprobe.harness.groups;

import java.util.UUID;

/**
 * One group the agent belongs to, as the grid's AgentGroupDataUpdate lists it.
 *
 * @param powers the agent's group powers (the viewer's GP_* bits)
 */
public record GroupMembership(UUID groupId, String name, long powers, boolean acceptNotices, boolean listInProfile,
                              UUID insigniaId, int contribution) {
    /** GP_MEMBER_INVITE: may invite others. */
    public static final long POWER_INVITE = 1L << 1;
    /** GP_SESSION_JOIN: may join the group's chat. */
    public static final long POWER_JOIN_CHAT = 1L << 16;

    public boolean can(long power) {
        return (powers & power) == power;
    }
}
