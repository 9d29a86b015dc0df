package io.gridprobe.scenarios.friends;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.core.AgentState;
import io.gridprobe.harness.friends.FriendOffline;
import io.gridprobe.harness.friends.FriendOnline;
import io.gridprobe.harness.friends.FriendshipAccepted;
import io.gridprobe.harness.friends.FriendshipDeclined;
import io.gridprobe.harness.friends.FriendshipOffered;
import io.gridprobe.harness.friends.FriendshipTerminated;
import io.gridprobe.harness.junit.GridTarget;
import io.gridprobe.harness.junit.GridTest;
import io.gridprobe.harness.junit.Login;
import io.gridprobe.harness.junit.Roles;
import io.gridprobe.protocol.login.Buddy;
import io.gridprobe.protocol.wire.FriendRights;
import io.gridprobe.scenarios.support.Await;
import io.gridprobe.scenarios.support.ManualLogin;
import io.gridprobe.scenarios.support.Scratch;
import io.gridprobe.scenarios.support.ScratchExtension;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Friendship: an offer reaches the other person with the offerer's name; accepted, both are friends, the grid
 * remembers it across logins and tells each when the other comes and goes; declined, nothing is formed. Each test
 * starts and ends with alice and bob not friends, since a grid keeps friendships between runs.
 */
@GridTest
@ExtendWith(ScratchExtension.class)
@Tag("friends")
class FriendsTest {

    @Test
    @Tag("smoke")
    void aDeclinedOfferFormsNoFriendship(@Login("alice") Agent alice, @Login("bob") Agent bob, Scratch scratch)
            throws Exception {
        unfriend(alice, bob);
        scratch.afterwards("the friendship of alice and bob", alice, () -> unfriend(alice, bob));
        FriendshipOffered offer = offer(alice, bob, "Shall we be friends?");
        FriendshipDeclined declined = Await.effect(bob.friends().decline(offer),
                alice.events().nextAsync(FriendshipDeclined.class, d -> d.byId().equals(bob.id()),
                        Await.event(alice)));
        assertThat(declined.byName()).isEqualTo(bob.name());
        assertThat(alice.friends().isFriend(bob.id())).isFalse();
        assertThat(bob.friends().isFriend(alice.id())).isFalse();
    }

    @Roles("bob")
    @Test
    void anAcceptedOfferMakesFriendsWhoSeeEachOtherComeAndGo(@Login("alice") Agent alice, @Login("bob") Agent bob,
                                                             GridTarget grid, Scratch scratch) throws Exception {
        unfriend(alice, bob);
        scratch.afterwards("the friendship of alice and bob", alice, () -> unfriend(alice, bob));
        FriendshipOffered offer = offer(alice, bob, "Friends?");
        FriendshipAccepted accepted = Await.effect(bob.friends().accept(offer),
                alice.events().nextAsync(FriendshipAccepted.class, a -> a.friendId().equals(bob.id()),
                        Await.event(alice)));
        assertThat(accepted.friendName()).isEqualTo(bob.name());
        // bob's side is shown by the buddy list the grid hands him at his next login (below)

        bob.logout().get(Await.event(bob).toMillis() * 3, TimeUnit.MILLISECONDS);
        alice.events().next(FriendOffline.class, f -> f.friendId().equals(bob.id()), Await.event(alice));

        try (Agent bobAgain = ManualLogin.login(grid, "bob")) {
            alice.events().next(FriendOnline.class, f -> f.friendId().equals(bob.id()), Await.event(alice));
            Buddy alicesEntry = bobAgain.friends().buddyList().stream()
                    .filter(b -> b.buddyId().equals(alice.id())).findFirst()
                    .orElseThrow(() -> new AssertionError("bob's buddy-list at login lacks alice: "
                            + bobAgain.friends().buddyList()));
            assertThat(alicesEntry.rightsGiven() & FriendRights.CAN_SEE_ONLINE).as("bob lets alice see him online")
                    .isNotZero();
            assertThat(alicesEntry.rightsHas() & FriendRights.CAN_SEE_ONLINE).as("alice lets bob see her online")
                    .isNotZero();
            bobAgain.events().next(FriendOnline.class, f -> f.friendId().equals(alice.id()),
                    Await.event(bobAgain));
            assertThat(bobAgain.friends().isOnline(alice.id())).isTrue();
        }
    }

    private static FriendshipOffered offer(Agent from, Agent to, String message) throws Exception {
        FriendshipOffered offer = Await.effect(from.friends().offer(to.id(), message),
                to.events().nextAsync(FriendshipOffered.class, o -> o.fromId().equals(from.id()), Await.event(to)));
        assertThat(offer.fromName()).isEqualTo(from.name());
        assertThat(offer.message()).isEqualTo(message);
        return offer;
    }

    /**
     * Ends any friendship left between the two (by an earlier run or test), and waits until the grid has. Whether
     * they are friends is what the grid said: the buddy list at login and the friendship messages since.
     */
    private static void unfriend(Agent a, Agent b) throws Exception {
        if (a.state() != AgentState.ONLINE || !a.friends().isFriend(b.id())) {
            return;
        }
        a.events().mark();
        UUID other = b.id();
        Await.effect(a.friends().terminate(other),
                a.events().nextAsync(FriendshipTerminated.class, t -> t.otherId().equals(other), Await.event(a)));
    }
}
