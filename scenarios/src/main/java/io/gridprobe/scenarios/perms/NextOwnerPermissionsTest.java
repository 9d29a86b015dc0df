package io.gridprobe.scenarios.perms;

import io.gridprobe.protocol.wire.PermissionMasks;
import static io.gridprobe.scenarios.inventory.InventoryScenarios.offerOf;
import static io.gridprobe.scenarios.support.Await.done;
import static io.gridprobe.scenarios.support.Await.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.inventory.FolderContents;
import io.gridprobe.harness.inventory.InventoryFolder;
import io.gridprobe.harness.inventory.InventoryItem;
import io.gridprobe.harness.inventory.InventoryOffered;
import io.gridprobe.harness.inventory.OfferSent;
import io.gridprobe.harness.inventory.SystemFolder;
import io.gridprobe.harness.junit.GridTest;
import io.gridprobe.harness.junit.Login;
import io.gridprobe.protocol.wire.PermissionBits;
import io.gridprobe.scenarios.support.Scratch;
import io.gridprobe.scenarios.support.ScratchExtension;
import io.gridprobe.scenarios.support.Unique;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Do permissions hold when things change hands: for every next-owner setting a creator can give (the viewer requires
 * copy or transfer), the receiver's copy carries exactly those rights; a no-copy item leaves the giver's inventory when
 * given; a no-transfer item cannot be given at all.
 */
@GridTest(agents = GridTest.Lifetime.PER_CLASS)
@ExtendWith(ScratchExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("perms")
class NextOwnerPermissionsTest {
    private static final int C = PermissionBits.COPY;
    private static final int M = PermissionBits.MODIFY;
    private static final int T = PermissionBits.TRANSFER;

    /** What the class makes and is given, removed when the class ends. */
    private final Scratch scratch;
    private InventoryFolder aliceFolder;
    private InventoryFolder bobFolder;

    NextOwnerPermissionsTest(Scratch scratch) {
        this.scratch = scratch;
    }

    static Stream<Arguments> giveableNextOwnerRights() {
        return Stream.of(
                Arguments.of("copy+modify+transfer", C | M | T),
                Arguments.of("copy+modify", C | M),
                Arguments.of("copy+transfer", C | T),
                Arguments.of("modify+transfer", M | T),
                Arguments.of("copy", C),
                Arguments.of("transfer", T));
    }

    @ParameterizedTest(name = "next owner may {0}")
    @MethodSource("giveableNextOwnerRights")
    void theReceiversCopyCarriesExactlyTheNextOwnerRights(String rights, int bits, @Login("alice") Agent alice,
                                                          @Login("bob") Agent bob) {
        InventoryItem original = itemWithNextOwner(alice, bits);
        OfferSent sent = done(alice, alice.inventory().give(bob.id(), original));
        InventoryFolder into = folderOf(bob); // (made before the copy: removed after it)
        InventoryOffered offer = scratch.copy(bob, offerOf(bob, alice, original.name()));
        FolderContents received = done(bob, bob.inventory().accept(offer, into.folderId()));
        InventoryItem copy = received.item(offer.itemId()).orElseThrow();

        PermissionMasks p = copy.permissions();
        assertThat(PermissionMasks.userBits(p.owner())).as("bob's rights on his copy (" + p + ")").isEqualTo(bits);
        assertThat(PermissionMasks.userBits(p.base())).as("the copy's base rights (" + p + ")").isEqualTo(bits);
        assertThat(PermissionMasks.userBits(p.nextOwner())).as("the rights bob would pass on").isEqualTo(bits);
        assertThat(PermissionMasks.userBits(p.group())).as("group rights do not survive a give").isZero();
        assertThat(done(alice, alice.inventory().answer(sent, step(alice))).accepted()).isTrue();
        assertThat(done(alice, alice.inventory().fetchItem(original.itemId())))
                .as("alice may copy her own item, so she keeps it").isPresent();
    }

    @Test
    void aNoCopyItemLeavesTheGiverWhenGiven(@Login("alice") Agent alice, @Login("bob") Agent bob) {
        InventoryItem bobs = receive(alice, bob, M | T);
        assertThat(bobs.permissions().ownerCanCopy()).isFalse();

        done(bob, bob.inventory().give(alice.id(), bobs));
        InventoryOffered back = scratch.copy(alice, offerOf(alice, bob, bobs.name()));
        done(alice, alice.inventory().accept(back, folderOf(alice).folderId()));
        assertThat(done(bob, bob.inventory().fetchItem(bobs.itemId())))
                .as("bob could not copy it: giving it away took it from him").isEmpty();
    }

    @Test
    void aNoTransferItemCannotBeGiven(@Login("alice") Agent alice, @Login("bob") Agent bob) {
        InventoryItem bobs = receive(alice, bob, C | M);
        assertThat(bobs.permissions().ownerCanTransfer()).isFalse();

        OfferSent attempt = done(bob, bob.inventory().give(alice.id(), bobs));
        String refusal = done(bob, bob.inventory().refusal(attempt, step(bob)));
        // the refusal itself, not just any alert: it names the missing transfer permission
        assertThat(refusal).as("the grid's reason").containsIgnoringCase("transfer");
        assertThat(done(bob, bob.inventory().fetchItem(bobs.itemId()))).as("bob keeps what he could not give")
                .isPresent();
        FolderContents notecards = done(alice, alice.inventory().fetchFolder(
                alice.inventory().folder(SystemFolder.NOTECARDS)));
        assertThat(notecards.items()).as("alice received no copy").noneMatch(i -> i.name().equals(bobs.name()));
        assertThat(alice.events().seen(InventoryOffered.class, o -> o.name().equals(bobs.name())))
                .as("alice was offered nothing").isFalse();
    }

    /** Alice makes a notecard with these next-owner rights, gives it to bob, bob accepts: bob's copy. */
    private InventoryItem receive(Agent alice, Agent bob, int bits) {
        InventoryItem original = itemWithNextOwner(alice, bits);
        done(alice, alice.inventory().give(bob.id(), original));
        InventoryFolder into = folderOf(bob); // (made before the copy: removed after it)
        // the grid keeps the copy where it put it: removed at the end
        InventoryOffered offer = scratch.copy(bob, offerOf(bob, alice, original.name()));
        return done(bob, bob.inventory().accept(offer, into.folderId())).item(offer.itemId()).orElseThrow();
    }

    private InventoryItem itemWithNextOwner(Agent alice, int bits) {
        InventoryItem note = done(alice, alice.inventory().createNotecard(folderOf(alice).folderId(),
                Unique.name(PermissionMasks.describe(bits)), "Next owner may " + PermissionMasks.describe(bits) + ".\n"));
        InventoryItem set = done(alice, alice.inventory().setPermissions(note, PermissionBits.MOVE | bits));
        assertThat(PermissionMasks.userBits(set.permissions().nextOwner())).as("alice's next-owner setting").isEqualTo(bits);
        return set;
    }

    /** One scratch folder per agent for the whole class, removed at the end. */
    private InventoryFolder folderOf(Agent agent) {
        if (agent.role().equals("alice")) {
            if (aliceFolder == null) {
                aliceFolder = scratch.folder(agent, "perms");
            }
            return aliceFolder;
        }
        if (bobFolder == null) {
            bobFolder = scratch.folder(agent, "perms received");
        }
        return bobFolder;
    }
}
