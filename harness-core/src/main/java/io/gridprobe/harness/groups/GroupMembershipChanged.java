package io.gridprobe.harness.groups;

import io.gridprobe.harness.events.AgentEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The grid sent the agent its group list (AgentGroupDataUpdate) and it differs from the one before. */
public record GroupMembershipChanged(Instant time, List<GroupMembership> groups, Set<UUID> joined, Set<UUID> left)
        implements AgentEvent {
    public GroupMembershipChanged {
        groups = List.copyOf(groups);
        joined = Set.copyOf(joined);
        left = Set.copyOf(left);
    }

    public Optional<GroupMembership> group(UUID groupId) {
        return groups.stream().filter(g -> g.groupId().equals(groupId)).findFirst();
    }

    @Override
    public String describe() {
        return "GroupMembershipChanged: " + groups.stream().map(GroupMembership::name).toList()
                + (joined.isEmpty() ? "" : " joined " + joined) + (left.isEmpty() ? "" : " left " + left);
    }
}
