package io.gridprobe.harness.groups;

import java.util.UUID;

/**
 * One group the agent belongs to, as the grid's AgentGroupDataUpdate lists it.
 *
 * @param powers the agent's group powers (the viewer's GP_* bits)
 */
public record GroupMembership(UUID groupId, String name, long powers, boolean acceptNotices, boolean listInProfile,
                              UUID insigniaId, int contribution) {
    public boolean can(long power) {
        return (powers & power) == power;
    }
}
