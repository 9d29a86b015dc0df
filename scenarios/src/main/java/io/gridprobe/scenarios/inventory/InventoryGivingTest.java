package io.gridprobe.scenarios.inventory;

import static io.gridprobe.scenarios.inventory.InventoryScenarios.offerOf;
import static io.gridprobe.scenarios.support.Await.done;
import static io.gridprobe.scenarios.support.Await.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.inventory.FolderContents;
import io.gridprobe.harness.inventory.InventoryFolder;
import io.gridprobe.harness.inventory.InventoryItem;
import io.gridprobe.harness.inventory.InventoryItemUpdated;
import io.gridprobe.harness.inventory.InventoryOfferAccepted;
import io.gridprobe.harness.inventory.InventoryOfferAnswer;
import io.gridprobe.harness.inventory.InventoryOfferDeclined;
import io.gridprobe.harness.inventory.InventoryOffered;
import io.gridprobe.harness.inventory.OfferSent;
import io.gridprobe.harness.inventory.SystemFolder;
import io.gridprobe.harness.junit.GridTarget;
import io.gridprobe.harness.junit.GridTest;
import io.gridprobe.harness.junit.Login;
import io.gridprobe.harness.junit.Roles;
import io.gridprobe.scenarios.support.ManualLogin;
import io.gridprobe.scenarios.support.Scratch;
import io.gridprobe.scenarios.support.ScratchExtension;
import io.gridprobe.scenarios.support.Unique;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Can people hand things over: an offered notecard is in the receiver's inventory at once and stays there when
 * accepted (where the grid files it is the grid's choice: OpenSimulator keeps it where it put it on the offer, whatever
 * folder the answer names), declining sends it to the Trash, a folder comes with what it holds, the giver hears the
 * answer, and it works across regions.
 */
@GridTest
@ExtendWith(ScratchExtension.class)
@Tag("inventory")
class InventoryGivingTest {

    @Test
    @Tag("smoke")
    void anAcceptedNotecardIsInTheReceiversInventoryAndTheGiverHearsIt(@Login("alice") Agent alice,
                                                                       @Login("bob") Agent bob, Scratch scratch) {
        InventoryFolder aliceFolder = scratch.folder(alice, "gifts");
        String name = Unique.name("gift");
        InventoryItem note = done(alice, alice.inventory().createNotecard(aliceFolder.folderId(), name, "For Bob.\n"));
        OfferSent sent = done(alice, alice.inventory().give(bob.id(), note));

        InventoryOffered offer = scratch.copy(bob, offerOf(bob, alice, name));
        assertThat(offer.fromName()).isEqualTo(alice.name());
        assertThat(offer.isFolder()).isFalse();
        InventoryItem copy = done(bob, bob.inventory().fetchItem(offer.itemId())).orElseThrow(() ->
                new AssertionError("the offered copy is not in bob's inventory before he answers"));
        assertThat(copy.name()).isEqualTo(name);
        assertThat(copy.ownerId()).isEqualTo(bob.id());
        assertThat(copy.creatorId()).isEqualTo(alice.id());

        // where the copy is kept is the grid's choice (OpenSim: the Notecards folder, untouched by the accept)
        FolderContents holder = done(bob, bob.inventory().accept(offer));
        assertThat(holder.item(offer.itemId())).as("the accepted notecard, listed by the folder that holds it")
                .isPresent();
        InventoryOfferAnswer answer = done(alice, alice.inventory().answer(sent, step(alice)));
        assertThat(answer).isInstanceOf(InventoryOfferAccepted.class);
        assertThat(answer.fromName()).isEqualTo(bob.name());
        assertThat(done(alice, alice.inventory().fetchItem(note.itemId()))).as("alice could copy it: she keeps hers")
                .isPresent();
    }

    @Test
    void aDeclinedNotecardEndsInTheReceiversTrash(@Login("alice") Agent alice, @Login("bob") Agent bob, Scratch scratch) {
        InventoryFolder aliceFolder = scratch.folder(alice, "gifts");
        String name = Unique.name("unwanted");
        InventoryItem note = done(alice, alice.inventory().createNotecard(aliceFolder.folderId(), name, "No?\n"));
        OfferSent sent = done(alice, alice.inventory().give(bob.id(), note));
        InventoryOffered offer = scratch.copy(bob, offerOf(bob, alice, name));

        FolderContents trash = done(bob, bob.inventory().decline(offer));
        UUID copy = offer.itemId();
        assertThat(trash.item(copy)).as("the declined copy in bob's Trash").isPresent();
        InventoryItemUpdated notice = bob.events().next(InventoryItemUpdated.class,
                u -> u.item().itemId().equals(copy)
                        && u.item().folderId().equals(bob.inventory().folder(SystemFolder.TRASH)), step(bob));
        assertThat(notice.item().name()).as("the grid told bob it moved the copy to his Trash").isEqualTo(name);
        InventoryOfferAnswer answer = done(alice, alice.inventory().answer(sent, step(alice)));
        assertThat(answer).isInstanceOf(InventoryOfferDeclined.class);
    }

    @Test
    void aFolderIsGivenWithWhatItHolds(@Login("alice") Agent alice, @Login("bob") Agent bob, Scratch scratch) {
        InventoryFolder gift = scratch.folder(alice, "folder gift");
        String inside = Unique.name("inside");
        done(alice, alice.inventory().createNotecard(gift.folderId(), inside, "In a folder.\n"));
        done(alice, alice.inventory().give(bob.id(), gift));
        InventoryOffered offer = scratch.copy(bob, offerOf(bob, alice, gift.name()));
        assertThat(offer.isFolder()).isTrue();

        FolderContents holder = done(bob, bob.inventory().accept(offer));
        assertThat(holder.folder(offer.itemId())).as("bob's copy of the folder").isPresent();
        FolderContents copy = done(bob, bob.inventory().fetchFolder(offer.itemId()));
        assertThat(copy.itemNamed(inside)).as("the notecard inside the given folder").isPresent();
        assertThat(copy.itemNamed(inside).orElseThrow().ownerId()).isEqualTo(bob.id());
    }

    @Roles("bob")
    @Test
    void aGiveReachesSomeoneInAnotherRegion(@Login("alice") Agent alice, GridTarget grid, Scratch scratch) {
        Optional<String> elsewhere = grid.regions().stream()
                .filter(r -> !r.equalsIgnoreCase(alice.region().name())).findFirst();
        Assumptions.assumeTrue(elsewhere.isPresent(), "the grid has one known region (" + grid.regions()
                + "); configure region hints to test giving across regions");
        InventoryFolder aliceFolder = scratch.folder(alice, "far gifts");
        // bob logs out at the end of the try: what he was given is removed first (resources close newest first)
        try (Agent bob = ManualLogin.login(grid, "bob", grid.spot(elsewhere.get(), 128, 128, 25));
             Scratch bobs = new Scratch()) {
            assertThat(bob.region().handle()).as("bob is in another region than alice").isNotEqualTo(alice.region().handle());
            String name = Unique.name("far gift");
            InventoryItem note = done(alice, alice.inventory().createNotecard(aliceFolder.folderId(), name, "Far.\n"));
            OfferSent sent = done(alice, alice.inventory().give(bob.id(), note));
            InventoryOffered offer = bobs.copy(bob, offerOf(bob, alice, name));
            FolderContents holder = done(bob, bob.inventory().accept(offer));
            assertThat(holder.item(offer.itemId())).isPresent();
            assertThat(done(alice, alice.inventory().answer(sent, step(alice))).accepted()).isTrue();
        }
    }
}
