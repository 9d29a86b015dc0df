package io.gridprobe.harness.groups;

import static io.gridprobe.harness.core.LlsdLenient.blocks;
import static io.gridprobe.harness.core.LlsdLenient.bool;
import static io.gridprobe.harness.core.LlsdLenient.map;
import static io.gridprobe.harness.core.LlsdLenient.string;
import static io.gridprobe.harness.core.LlsdLenient.uuid;

import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.harness.core.AgentManager;
import io.gridprobe.harness.core.GridFacts;
import io.gridprobe.harness.core.ImprovedInstantMessages;
import io.gridprobe.harness.events.AwaitTimeoutException;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.packet.Block;
import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.wire.ImDialog;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The agent's groups: create, invite, answer invitations, join, leave, activate, read profiles and members, and
 * group chat. The membership list ({@link #groups()}) is what the grid last said in an AgentGroupDataUpdate about
 * this agent (grids send those about other agents too; they are ignored here). Publishes {@link GroupInvited},
 * {@link GroupChatReceived} and {@link GroupMembershipChanged}.
 * <p>
 * Of ImprovedInstantMessage this manager reads only dialog 3 (invitation); group chat sessions are
 * {@link GroupChat}'s.
 */
public final class GroupManager extends AgentManager {
    private static final UUID ZERO = new UUID(0, 0);
    private static final Duration REPLY = Duration.ofSeconds(15);
    private static final Duration GROUPS_PROBE = Duration.ofSeconds(5);
    /** The name of the groups feature in {@link GridFacts}. */
    public static final String FEATURE = "groups";
    // The viewer's IM_GROUP_INVITATION_ACCEPT (35); 37 is IM_GROUP_NOTICE_REQUESTED, not an answer. OpenSim's
    // Groups V2 reads 36 as a decline (it drops the invitation and the membership), so a wrong number here loses it.

    private final GroupMemberships memberships;
    private final GroupChat chat;

    public GroupManager(AgentCore agent) {
        super(agent);
        this.memberships = new GroupMemberships(agent);
        agent.messages().subscribe("ImprovedInstantMessage", UdpMessage.class, this::onInstantMessage);
        this.chat = new GroupChat(agent, session -> group(session).isPresent());
    }

    // -- what the agent belongs to -----------------------------------------------------------------------------

    /** The agent's groups as the grid last listed them. */
    public List<GroupMembership> groups() {
        return memberships.list();
    }

    public Optional<GroupMembership> group(UUID groupId) {
        return memberships.list().stream().filter(g -> g.groupId().equals(groupId)).findFirst();
    }

    /** The active group (whose tag the avatar shows), from the last AgentDataUpdate; the zero id for none. */
    public UUID activeGroup() {
        return memberships.activeGroup();
    }

    /**
     * Whether the grid has groups at all. A grid with a groups service answers AgentDataUpdateRequest with
     * AgentDataUpdate (and sends group data on arrival); OpenSimulator without one stays silent (capture
     * nmv_smoke). Completes with false after a short wait, never fails.
     */
    public CompletableFuture<Boolean> available() {
        GridFacts facts = agent.grid().facts();
        if (memberships.groupDataSeen()) {
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
            boolean present = e == null || memberships.groupDataSeen();
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
        return memberships.when(list -> list.stream().filter(g -> g.groupId().equals(groupId)).findFirst(),
                "membership of group " + groupId);
    }

    /** Completes when the agent's group list no longer contains the group. */
    public CompletableFuture<Void> awaitNotMember(UUID groupId) {
        return memberships.when(list -> list.stream().noneMatch(g -> g.groupId().equals(groupId)) ? Optional.of(true)
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
        agent.sendReliable(ImprovedInstantMessages.build(agent, invitation.groupId(), ImDialog.GROUP_INVITATION_ACCEPT,
                invitation.inviteId(), ""));
        return member;
    }

    /** Joins a group open to all (or one the agent is invited to); completes when the agent is a member. */
    public CompletableFuture<GroupMembership> join(UUID groupId) {
        return answered("JoinGroup", groupId, "joining").thenCompose(x -> awaitMember(groupId));
    }

    /** Leaves a group; completes when the grid no longer lists it among the agent's groups. */
    public CompletableFuture<Void> leave(UUID groupId) {
        return answered("LeaveGroup", groupId, "leaving").thenCompose(x -> awaitNotMember(groupId));
    }

    /** Sends {@code <what>Request} for the group; completes on its {@code <what>Reply}, failing when it says no. */
    private CompletableFuture<Void> answered(String what, UUID groupId, String doing) {
        CompletableFuture<UdpMessage> reply = agent.waitForMessage(what + "Reply",
                m -> m.message().block("GroupData").uuid("GroupID").equals(groupId), REPLY);
        agent.sendReliable(agent.message(what + "Request").block("GroupData").set("GroupID", groupId).build());
        return reply.thenAccept(m -> {
            if (!m.message().block("GroupData").bool("Success")) {
                throw new GroupRequestRefusedException(doing + " group " + groupId, "");
            }
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
     * Says a line in the group's chat ({@link GroupChat}): opens the session first when this agent is not in it yet;
     * completes when the grid has the line.
     */
    public CompletableFuture<Void> chat(UUID groupId, String text) {
        return chat.say(groupId, text);
    }

    // -- what arrives --------------------------------------------------------------------------------------------

    private void onInstantMessage(UdpMessage u) {
        Message m = u.message();
        Block b = m.block("MessageBlock");
        int dialog = b.u8("Dialog");
        if (dialog == ImDialog.GROUP_INVITATION) {
            byte[] bucket = b.bytes("BinaryBucket");
            int fee = bucket.length >= 4 ? ByteBuffer.wrap(bucket, 0, 4).getInt() : 0;
            agent.events().publish(new GroupInvited(Instant.now(), m.block("AgentData").uuid("AgentID"), b.uuid("ID"),
                    b.string("FromAgentName"), b.string("Message"), fee));
        }
    }


}
