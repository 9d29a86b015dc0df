package io.gridprobe.harness.groups;

import io.gridprobe.harness.events.AgentEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * Someone invited the agent into a group (an IM of dialog 3 from the group). Answer with
 * {@link GroupManager#acceptInvitation}.
 *
 * @param inviteId the invitation's id (the IM's ID), which the answer must carry
 * @param fee      the joining fee in L$, when the grid says (0 on OpenSimulator)
 */
public record GroupInvited(Instant time, UUID groupId, UUID inviteId, String inviterName, String message, int fee)
        implements AgentEvent {
    @Override
    public String describe() {
        return "GroupInvited to " + groupId + " by " + inviterName;
    }
}
