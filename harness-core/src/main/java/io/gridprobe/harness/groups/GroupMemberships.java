package io.gridprobe.harness.groups;

import static io.gridprobe.harness.core.LlsdLenient.bits;
import static io.gridprobe.harness.core.LlsdLenient.blocks;
import static io.gridprobe.harness.core.LlsdLenient.bool;
import static io.gridprobe.harness.core.LlsdLenient.firstBlock;
import static io.gridprobe.harness.core.LlsdLenient.integer;
import static io.gridprobe.harness.core.LlsdLenient.string;
import static io.gridprobe.harness.core.LlsdLenient.uuid;

import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.harness.events.AwaitTimeoutException;
import io.gridprobe.protocol.bus.EventQueueMessage;
import io.gridprobe.protocol.bus.Received;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.packet.Block;
import io.gridprobe.protocol.packet.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The agent's group list as the grid last said it in an AgentGroupDataUpdate about this agent (grids send those about
 * other agents too; they are ignored here), and its active group from AgentDataUpdate; publishes
 * {@link GroupMembershipChanged} and lets callers wait (bounded) for the list to show something.
 */
final class GroupMemberships {
    private static final UUID ZERO = new UUID(0, 0);
    private static final Duration REPLY = Duration.ofSeconds(15);

    private final AgentCore agent;
    private volatile List<GroupMembership> groups = List.of();
    private volatile boolean groupDataSeen;
    private volatile UUID activeGroup = ZERO;
    private final List<Consumer<List<GroupMembership>>> watchers = new CopyOnWriteArrayList<>();

    GroupMemberships(AgentCore agent) {
        this.agent = agent;
        agent.messages().subscribe("AgentGroupDataUpdate", this::onGroupData);
        agent.messages().subscribe("AgentDataUpdate", UdpMessage.class, this::onAgentData);
    }

    List<GroupMembership> list() {
        return groups;
    }

    UUID activeGroup() {
        return activeGroup;
    }

    /** Whether the grid has sent any group data for this agent (a grid without groups sends none). */
    boolean groupDataSeen() {
        return groupDataSeen;
    }

    private void onGroupData(Received r) {
        List<GroupMembership> list = new ArrayList<>();
        if (r instanceof EventQueueMessage e) {
            if (!uuid(firstBlock(e.body(), "AgentData"), "AgentID").equals(agent.id())) {
                return; // about someone else
            }
            List<Map<String, Object>> data = blocks(e.body(), "GroupData");
            List<Map<String, Object>> extra = blocks(e.body(), "NewGroupData");
            for (int i = 0; i < data.size(); i++) {
                Map<String, Object> g = data.get(i);
                boolean listed = i >= extra.size() || bool(extra.get(i), "ListInProfile");
                list.add(new GroupMembership(uuid(g, "GroupID"), string(g, "GroupName"), bits(g, "GroupPowers"),
                        bool(g, "AcceptNotices"), listed, uuid(g, "GroupInsigniaID"), integer(g, "Contribution")));
            }
        } else if (r instanceof UdpMessage u) { // older grids send it over UDP
            Message m = u.message();
            if (!m.block("AgentData").uuid("AgentID").equals(agent.id())) {
                return;
            }
            for (Block g : m.blocks("GroupData")) {
                list.add(new GroupMembership(g.uuid("GroupID"), g.string("GroupName"), g.u64("GroupPowers"),
                        g.bool("AcceptNotices"), true, g.uuid("GroupInsigniaID"), g.s32("Contribution")));
            }
        }
        groupDataSeen = true;
        List<GroupMembership> before = groups;
        groups = List.copyOf(list);
        Set<UUID> joined = ids(list);
        joined.removeAll(ids(before));
        Set<UUID> left = ids(before);
        left.removeAll(ids(list));
        if (!before.equals(groups)) {
            agent.events().publish(new GroupMembershipChanged(Instant.now(), groups, joined, left));
        }
        for (Consumer<List<GroupMembership>> w : watchers) {
            w.accept(groups);
        }
    }

    private void onAgentData(UdpMessage m) {
        Block b = m.message().block("AgentData");
        if (b.uuid("AgentID").equals(agent.id())) {
            groupDataSeen = true;
            activeGroup = b.uuid("ActiveGroupID");
        }
    }

    /** Completes with what {@code test} finds in the group list, now or after an update; bounded. */
    <T> CompletableFuture<T> when(Function<List<GroupMembership>, Optional<T>> test, String awaited) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Consumer<List<GroupMembership>> watcher = list -> test.apply(list).ifPresent(result::complete);
        watchers.add(watcher);
        watcher.accept(groups); // after registering, so an update in between is not missed
        Duration timeout = agent.grid().scaled(REPLY);
        return result.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).handle((v, e) -> {
            watchers.remove(watcher);
            if (e instanceof TimeoutException) {
                throw new AwaitTimeoutException(agent.role(), awaited, timeout,
                        List.of("groups now: " + groups.stream().map(GroupMembership::name).toList()));
            }
            if (e != null) {
                throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
            }
            return v;
        });
    }

    private static Set<UUID> ids(List<GroupMembership> list) {
        Set<UUID> s = new HashSet<>();
        list.forEach(g -> s.add(g.groupId()));
        return s;
    }
}
