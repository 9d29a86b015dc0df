package io.gridprobe.harness.groups;

import static io.gridprobe.harness.agent.LlsdLenient.bits;
import static io.gridprobe.harness.agent.LlsdLenient.blocks;
import static io.gridprobe.harness.agent.LlsdLenient.bool;
import static io.gridprobe.harness.agent.LlsdLenient.firstBlock;
import static io.gridprobe.harness.agent.LlsdLenient.integer;
import static io.gridprobe.harness.agent.LlsdLenient.map;
import static io.gridprobe.harness.agent.LlsdLenient.string;
import static io.gridprobe.harness.agent.LlsdLenient.uuid;

import io.gridprobe.harness.GridFacts;
import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.agent.AgentManager;
import io.gridprobe.harness.events.AwaitTimeoutException;
import io.gridprobe.protocol.bus.EventQueueMessage;
import io.gridprobe.protocol.bus.Received;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.llsd.Llsd;
import io.gridprobe.protocol.packet.Block;
import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.wire.ImDialog;
import java.nio.ByteBuffer;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The agent's groups: create, invite, answer invitations, join, leave, activate, read profiles and members, and
 * group chat. The membership list ({@link #groups()}) is what the grid last said in an AgentGroupDataUpdate about
 * this agent (grids send those about other agents too; they are ignored here). Publishes {@link GroupInvited},
 * {@link GroupChatReceived} and {@link GroupMembershipChanged}.
 * <p>
 * Of ImprovedInstantMessage this manager reads only its dialogs: 3 (invitation) and 17 (a session line, when the
 * session is a group's). Group chat opens the session with IM dialog 15 and waits (bounded) for
 * ChatterBoxSessionStartReply; a member brought in by a ChatterBoxInvitation accepts it through the
 * ChatSessionRequest capability where the grid grants one (Second Life; OpenSimulator has none and needs nothing).
 */
public final class GroupManager extends AgentManager {
    private static final UUID ZERO = new UUID(0, 0);
    private static final Duration REPLY = Duration.ofSeconds(15);
    private static final Duration SESSION_START = Duration.ofSeconds(5);
    private static final Duration GROUPS_PROBE = Duration.ofSeconds(5);
    /** The name of the groups feature in {@link GridFacts}. */
    public static final String FEATURE = "groups";
    // The viewer's IM_GROUP_INVITATION_ACCEPT / _DECLINE; 37 is IM_GROUP_NOTICE_REQUESTED, not an answer. OpenSim's
    // Groups V2 reads 36 as a decline (it drops the invitation and the membership), so a wrong number here loses it.

    private volatile List<GroupMembership> groups = List.of();
    private volatile boolean groupDataSeen;
    private volatile UUID activeGroup = ZERO;
    private final Set<UUID> sessions = ConcurrentHashMap.newKeySet();
    private final List<Consumer<List<GroupMembership>>> watchers = new CopyOnWriteArrayList<>();

    public GroupManager(Agent agent) {
        super(agent);
        agent.messages().subscribe("AgentGroupDataUpdate", this::onGroupData);
        agent.messages().subscribe("AgentDataUpdate", UdpMessage.class, this::onAgentData);
        agent.messages().subscribe("ImprovedInstantMessage", UdpMessage.class, this::onInstantMessage);
        agent.messages().subscribe("ChatterBoxInvitation", EventQueueMessage.class, this::onChatterBoxInvitation);
        agent.messages().subscribe("ChatterBoxSessionStartReply", EventQueueMessage.class, e -> {
            if (bool(e.body(), "success")) {
                sessions.add(uuid(e.body(), "session_id"));
            }
        });
    }

    // -- what the agent belongs to -----------------------------------------------------------------------------

    /** The agent's groups as the grid last listed them. */
    public List<GroupMembership> groups() {
        return groups;
    }

    public Optional<GroupMembership> group(UUID groupId) {
        return groups.stream().filter(g -> g.groupId().equals(groupId)).findFirst();
    }

    /** The active group (whose tag the avatar shows), from the last AgentDataUpdate; the zero id for none. */
    public UUID activeGroup() {
        return activeGroup;
    }

    /**
     * Whether the grid has groups at all. A grid with a groups service answers AgentDataUpdateRequest with
     * AgentDataUpdate (and sends group data on arrival); OpenSimulator without one stays silent (capture
     * nmv_smoke). Completes with false after a short wait, never fails.
     */
    public CompletableFuture<Boolean> available() {
        GridFacts facts = agent.grid().facts();
        if (groupDataSeen) {
            facts.learned(FEATURE, true, agent.role() + " received group data");
            return CompletableFuture.completedFuture(true);
        }
        if (facts.get(FEATURE).map(f -> !f.present()).orElse(false)) {
            return CompletableFuture.completedFuture(false); // another agent of the run already asked
        }
        Duration wait = agent.grid().scaled(GROUPS_PROBE);
        CompletableFuture<UdpMessage> answer = agent.waitForMessage("AgentDataUpdate",
                m -> m.message().block("AgentData").uuid("AgentID").equals(agent.id()), wait);
        agent.sendReliable(agent.message("AgentDataUpdateRequest").build());
        return answer.handle((m, e) -> {
            boolean present = e == null || groupDataSeen;
            facts.learned(FEATURE, present, present ? agent.role() + "'s AgentDataUpdateRequest was answered"
                    : "no AgentDataUpdate to " + agent.role() + "'s AgentDataUpdateRequest within " + wait.toMillis()
                    + " ms, and no group data on arrival");
            return present;
        });
    }

    /** Why the grid is taken to have no groups (or to have them), once an agent of the run has found out. */
    public Optional<String> availabilityEvidence() {
        return agent.grid().facts().get(FEATURE).map(GridFacts.Fact::evidence);
    }

    /** Completes when the agent's group list contains the group (at once if it does already). */
    public CompletableFuture<GroupMembership> awaitMember(UUID groupId) {
        return when(list -> list.stream().filter(g -> g.groupId().equals(groupId)).findFirst(),
                "membership of group " + groupId);
    }

    /** Completes when the agent's group list no longer contains the group. */
    public CompletableFuture<Void> awaitNotMember(UUID groupId) {
        return when(list -> list.stream().noneMatch(g -> g.groupId().equals(groupId)) ? Optional.of(true)
                : Optional.empty(), "leaving group " + groupId).thenApply(x -> null);
    }

    // -- requests ------------------------------------------------------------------------------------------------

    /**
     * Creates a group (listed in search, no fee) with this agent as founder and owner: the group's id once the grid
     * says it is created. Fails with {@link GroupRequestRefusedException} when the grid refuses (the name is taken,
     * not enough L$), or with {@link AwaitTimeoutException} when the grid does not answer (no groups service).
     */
    public CompletableFuture<UUID> create(String name, String charter, boolean openEnrollment) {
        CompletableFuture<UdpMessage> reply = agent.waitForMessage("CreateGroupReply", m -> true, REPLY);
        agent.sendReliable(agent.message("CreateGroupRequest").block("GroupData").set("Name", name)
                .set("Charter", charter).set("ShowInList", true).set("InsigniaID", ZERO).set("MembershipFee", 0)
                .set("OpenEnrollment", openEnrollment).set("AllowPublish", false).set("MaturePublish", false).build());
        return reply.thenApply(m -> {
            Block r = m.message().block("ReplyData");
            if (!r.bool("Success")) {
                throw new GroupRequestRefusedException("creating group '" + name + "'", r.string("Message"));
            }
            return r.uuid("GroupID");
        });
    }

    /** Invites someone into the group in its Everyone role; completes when the grid has the request. */
    public CompletableFuture<Void> invite(UUID groupId, UUID invitee) {
        return agent.sendReliable(agent.message("InviteGroupRequest").block("GroupData").set("GroupID", groupId)
                .block("InviteData").set("InviteeID", invitee).set("RoleID", ZERO).build());
    }

    /**
     * Accepts an invitation (IM dialog 35, ID = the invitation's id, to the group); completes when the grid lists the
     * agent as a member. OpenSimulator answers with a MessageBox IM ("You have been added to the group."), then
     * AgentDataUpdate (UDP) and AgentGroupDataUpdate (event queue) listing the new group, to the invitee only.
     */
    public CompletableFuture<GroupMembership> acceptInvitation(GroupInvited invitation) {
        CompletableFuture<GroupMembership> member = awaitMember(invitation.groupId());
        agent.sendReliable(im(ImDialog.GROUP_INVITATION_ACCEPT, invitation.groupId(), invitation.inviteId(), ""));
        return member;
    }

    /** Declines an invitation (IM dialog 36); the grid does not answer, so this completes when it has the IM. */
    public CompletableFuture<Void> declineInvitation(GroupInvited invitation) {
        return agent.sendReliable(im(ImDialog.GROUP_INVITATION_DECLINE, invitation.groupId(), invitation.inviteId(), ""));
    }

    /** Joins a group open to all (or one the agent is invited to); completes when the agent is a member. */
    public CompletableFuture<GroupMembership> join(UUID groupId) {
        CompletableFuture<UdpMessage> reply = agent.waitForMessage("JoinGroupReply",
                m -> m.message().block("GroupData").uuid("GroupID").equals(groupId), REPLY);
        agent.sendReliable(agent.message("JoinGroupRequest").block("GroupData").set("GroupID", groupId).build());
        return reply.thenCompose(m -> {
            if (!m.message().block("GroupData").bool("Success")) {
                throw new GroupRequestRefusedException("joining group " + groupId, "");
            }
            return awaitMember(groupId);
        });
    }

    /** Leaves a group; completes when the grid no longer lists it among the agent's groups. */
    public CompletableFuture<Void> leave(UUID groupId) {
        CompletableFuture<UdpMessage> reply = agent.waitForMessage("LeaveGroupReply",
                m -> m.message().block("GroupData").uuid("GroupID").equals(groupId), REPLY);
        agent.sendReliable(agent.message("LeaveGroupRequest").block("GroupData").set("GroupID", groupId).build());
        return reply.thenCompose(m -> {
            if (!m.message().block("GroupData").bool("Success")) {
                throw new GroupRequestRefusedException("leaving group " + groupId, "");
            }
            return awaitNotMember(groupId);
        });
    }

    /** Makes the group the active one (the zero id for none); completes on the AgentDataUpdate that shows it. */
    public CompletableFuture<Void> activate(UUID groupId) {
        CompletableFuture<UdpMessage> update = agent.waitForMessage("AgentDataUpdate", m -> {
            Block b = m.message().block("AgentData");
            return b.uuid("AgentID").equals(agent.id()) && b.uuid("ActiveGroupID").equals(groupId);
        }, REPLY);
        agent.sendReliable(agent.message("ActivateGroup").set("GroupID", groupId).build());
        return update.thenApply(m -> null);
    }

    public CompletableFuture<GroupProfile> profile(UUID groupId) {
        CompletableFuture<UdpMessage> reply = agent.waitForMessage("GroupProfileReply",
                m -> m.message().block("GroupData").uuid("GroupID").equals(groupId), REPLY);
        agent.sendReliable(agent.message("GroupProfileRequest").block("GroupData").set("GroupID", groupId).build());
        return reply.thenApply(m -> {
            Block g = m.message().block("GroupData");
            return new GroupProfile(groupId, g.string("Name"), g.string("Charter"), g.uuid("FounderID"),
                    g.s32("GroupMembershipCount"), g.bool("OpenEnrollment"), g.s32("MembershipFee"),
                    g.bool("ShowInList"), g.string("MemberTitle"), g.u64("PowersMask"), g.uuid("OwnerRole"));
        });
    }

    /** The group's members: every GroupMembersReply of this request, until MemberCount have come. */
    public CompletableFuture<List<GroupMember>> members(UUID groupId) {
        UUID requestId = UUID.randomUUID();
        List<GroupMember> collected = new CopyOnWriteArrayList<>();
        CompletableFuture<List<GroupMember>> done = new CompletableFuture<>();
        var sub = agent.messages().subscribe("GroupMembersReply", UdpMessage.class, m -> {
            Message msg = m.message();
            if (!msg.block("GroupData").uuid("RequestID").equals(requestId)) {
                return;
            }
            for (Block b : msg.blocks("MemberData")) {
                collected.add(new GroupMember(b.uuid("AgentID"), b.string("Title"), b.u64("AgentPowers"),
                        b.bool("IsOwner"), b.string("OnlineStatus")));
            }
            if (collected.size() >= msg.block("GroupData").s32("MemberCount")) {
                done.complete(List.copyOf(collected));
            }
        });
        agent.sendReliable(agent.message("GroupMembersRequest").block("GroupData").set("GroupID", groupId)
                .set("RequestID", requestId).build());
        Duration timeout = agent.grid().scaled(REPLY);
        return done.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).handle((list, e) -> {
            sub.close();
            if (e instanceof TimeoutException) {
                throw new AwaitTimeoutException(agent.role(), "all GroupMembersReply of group " + groupId, timeout,
                        List.of(collected.size() + " members so far"));
            }
            if (e != null) {
                throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
            }
            return list;
        });
    }

    /**
     * Says a line in the group's chat: opens the session first when this agent is not in it yet (IM dialog 15; a
     * grid that does not confirm within a few seconds fails it with {@link GroupChatNotStartedException}), then sends the
     * line (IM dialog 17, session id = group id). Completes when the grid has the line.
     */
    public CompletableFuture<Void> chat(UUID groupId, String text) {
        CompletableFuture<Void> inSession = sessions.contains(groupId) ? CompletableFuture.completedFuture(null)
                : startSession(groupId);
        return inSession.thenCompose(x -> agent.sendReliable(im(ImDialog.SESSION_SEND, groupId, groupId, text)));
    }

    private CompletableFuture<Void> startSession(UUID groupId) {
        CompletableFuture<EventQueueMessage> reply = agent.waitForEvent("ChatterBoxSessionStartReply",
                e -> uuid(e.body(), "session_id").equals(groupId), SESSION_START);
        agent.sendReliable(im(ImDialog.SESSION_GROUP_START, groupId, groupId, ""));
        return reply.handle((e, failure) -> {
            if (failure != null) {
                agent.trace().note("groups", "no ChatterBoxSessionStartReply for group " + groupId);
                throw new GroupChatNotStartedException(groupId, agent.grid().scaled(SESSION_START));
            }
            if (!bool(e.body(), "success")) {
                throw new GroupRequestRefusedException("starting the chat of group " + groupId,
                        string(e.body(), "error"));
            }
            return null;
        });
    }

    private Message im(int dialog, UUID to, UUID id, String text) {
        return agent.message("ImprovedInstantMessage").block("MessageBlock").set("FromGroup", false)
                .set("ToAgentID", to).set("ParentEstateID", 0).set("RegionID", ZERO).set("Position", agent.position())
                .set("Offline", 0).set("Dialog", dialog).set("ID", id).set("Timestamp", 0)
                .set("FromAgentName", agent.name()).set("Message", text).set("BinaryBucket", new byte[0])
                .block("EstateBlock").set("EstateID", 0).build();
    }

    // -- what arrives --------------------------------------------------------------------------------------------

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

    private void onInstantMessage(UdpMessage u) {
        Message m = u.message();
        Block b = m.block("MessageBlock");
        int dialog = b.u8("Dialog");
        if (dialog == ImDialog.GROUP_INVITATION) {
            byte[] bucket = b.bytes("BinaryBucket");
            int fee = bucket.length >= 4 ? ByteBuffer.wrap(bucket, 0, 4).getInt() : 0;
            agent.events().publish(new GroupInvited(Instant.now(), m.block("AgentData").uuid("AgentID"), b.uuid("ID"),
                    b.string("FromAgentName"), b.string("Message"), fee));
        } else if (dialog == ImDialog.SESSION_SEND) {
            UUID session = b.uuid("ID");
            if (b.bool("FromGroup") || group(session).isPresent()) {
                sessions.add(session);
                agent.events().publish(new GroupChatReceived(Instant.now(), session, m.block("AgentData").uuid("AgentID"),
                        b.string("FromAgentName"), b.string("Message")));
            }
        }
    }

    private void onChatterBoxInvitation(EventQueueMessage e) {
        Map<String, Object> params = map(map(e.body(), "instantmessage"), "message_params");
        UUID session = uuid(e.body(), "session_id");
        boolean groupSession = integer(params, "from_group") != 0 || group(session).isPresent();
        if (!groupSession) {
            return; // a conference or person-to-person session: not ours
        }
        sessions.add(session);
        agent.region().connection().capabilities().get("ChatSessionRequest").ifPresent(cap ->
                agent.grid().caps().postLlsd("ChatSessionRequest", cap,
                                Llsd.mapOf("method", "accept invitation", "session-id", session))
                        .whenComplete((ok, failure) -> {
                            if (failure != null) {
                                agent.trace().note("groups", "accepting the chat of group " + session + " failed: "
                                        + failure.getMessage());
                            }
                        }));
        if (integer(params, "type") == ImDialog.SESSION_SEND) {
            agent.events().publish(new GroupChatReceived(Instant.now(), session, uuid(params, "from_id"),
                    string(params, "from_name"), string(params, "message")));
        }
    }

    // -- waiting on the group list -------------------------------------------------------------------------------

    private <T> CompletableFuture<T> when(Function<List<GroupMembership>, Optional<T>> test, String awaited) {
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
