package io.gridprobe.scenarios.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.events.AwaitTimeoutException;
import io.gridprobe.harness.groups.GroupChatReceived;
import io.gridprobe.harness.groups.GroupInvited;
import io.gridprobe.harness.groups.GroupMember;
import io.gridprobe.harness.groups.GroupMembership;
import io.gridprobe.harness.groups.GroupProfile;
import io.gridprobe.harness.junit.GridTest;
import io.gridprobe.harness.junit.Login;
import io.gridprobe.protocol.wire.GroupPowers;
import io.gridprobe.scenarios.support.Await;
import io.gridprobe.scenarios.support.Scratch;
import io.gridprobe.scenarios.support.ScratchExtension;
import io.gridprobe.scenarios.support.Unique;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Can people use groups: found one, invite a friend who accepts, talk in the group's chat, join an open group,
 * leave. Every group gets a fresh name (a grid keeps groups forever), and every member leaves at the end so that
 * test accounts do not pile up memberships (Second Life caps them). A grid without groups is skipped, not failed.
 */
@GridTest
@ExtendWith(ScratchExtension.class)
@Tag("groups")
class GroupsTest {
    private static final Duration EVENT = Duration.ofSeconds(20);

    @Test
    void aNewGroupHasItsFounderAsOwner(@Login("alice") Agent alice, Scratch scratch) throws Exception {
        String name = Unique.name("Founders");
        UUID group = scratch.group(alice, createOrSkip(alice, name, false));
        GroupMembership membership = Await.result(alice.groups().awaitMember(group));
        assertThat(membership.name()).isEqualTo(name);
        assertThat(membership.can(GroupPowers.INVITE)).as("the founder may invite").isTrue();
        GroupProfile profile = Await.result(alice.groups().profile(group));
        assertThat(profile.name()).isEqualTo(name);
        assertThat(profile.founderId()).isEqualTo(alice.id());
        assertThat(profile.memberCount()).isEqualTo(1);
    }

    @Test
    @Tag("smoke")
    void anInvitedAgentAcceptsAndHearsTheGroupChat(@Login("alice") Agent alice, @Login("bob") Agent bob,
                                                   Scratch scratch) throws Exception {
        UUID group = scratch.group(alice, createOrSkip(alice, Unique.name("Chatters"), false));
        scratch.group(bob, group); // leaves before the founder
        GroupInvited invitation = invite(alice, bob, group);
        assertThat(invitation.inviterName()).isEqualTo(alice.name());
        Await.result(bob.groups().acceptInvitation(invitation));
        List<GroupMember> members = Await.result(alice.groups().members(group));
        assertThat(members).extracting(GroupMember::agentId).contains(alice.id(), bob.id());

        String line = Unique.line("hello group");
        CompletableFuture<GroupChatReceived> heard = bob.events().nextAsync(GroupChatReceived.class,
                c -> c.groupId().equals(group) && c.fromId().equals(alice.id()) && c.text().equals(line),
                bob.grid().scaled(EVENT));
        assertThat(Await.effect(alice.groups().chat(group, line), heard).fromName()).isEqualTo(alice.name());
    }

    @Test
    void leavingEndsTheMembership(@Login("alice") Agent alice, @Login("bob") Agent bob, Scratch scratch)
            throws Exception {
        UUID group = scratch.group(alice, createOrSkip(alice, Unique.name("Leavers"), false));
        scratch.group(bob, group); // leaves before the founder
        Await.result(bob.groups().acceptInvitation(invite(alice, bob, group)));
        Await.result(bob.groups().leave(group));
        assertThat(bob.groups().group(group)).isEmpty();
        assertThat(Await.result(alice.groups().members(group))).extracting(GroupMember::agentId)
                .contains(alice.id()).doesNotContain(bob.id());
    }

    @Test
    void anOpenGroupCanBeJoinedWithoutInvitation(@Login("alice") Agent alice, @Login("carol") Agent carol,
                                                 Scratch scratch) throws Exception {
        UUID group = scratch.group(alice, createOrSkip(alice, Unique.name("Open"), true));
        scratch.group(carol, group); // leaves before the founder
        GroupMembership joined = Await.result(carol.groups().join(group));
        assertThat(joined.groupId()).isEqualTo(group);
        assertThat(Await.result(carol.groups().profile(group)).memberCount()).isEqualTo(2);
    }

    // -- helpers -------------------------------------------------------------------------------------------------

    /** Creates a group, or skips the test when the grid has no groups (no group data, no CreateGroupReply). */
    private static UUID createOrSkip(Agent founder, String name, boolean open) throws Exception {
        assumeTrue(Await.result(founder.groups().available()), () -> "grid has no groups: "
                + founder.groups().availabilityEvidence().orElse("AgentDataUpdateRequest got no AgentDataUpdate"));
        try {
            return Await.result(founder.groups().create(name, "Made by a gridprobe test; safe to ignore.", open));
        } catch (AwaitTimeoutException e) {
            assumeTrue(false, "grid has no groups: " + e.getMessage());
            throw e;
        }
    }

    private static GroupInvited invite(Agent inviter, Agent invitee, UUID group) throws Exception {
        CompletableFuture<GroupInvited> invited = invitee.events().nextAsync(GroupInvited.class,
                i -> i.groupId().equals(group), invitee.grid().scaled(EVENT));
        return Await.effect(inviter.groups().invite(group, invitee.id()), invited);
    }
}
