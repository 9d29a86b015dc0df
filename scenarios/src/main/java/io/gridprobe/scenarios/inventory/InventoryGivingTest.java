package io.gridprobe.scenarios.inventory;

import static io.gridprobe.scenarios.inventory.InventoryScenarios.await;
import static io.gridprobe.scenarios.inventory.InventoryScenarios.offerOf;
import static io.gridprobe.scenarios.inventory.InventoryScenarios.removeCopyQuietly;
import static io.gridprobe.scenarios.inventory.InventoryScenarios.removeQuietly;
import static io.gridprobe.scenarios.inventory.InventoryScenarios.scratchFolder;
import static io.gridprobe.scenarios.inventory.InventoryScenarios.step;
import static io.gridprobe.scenarios.inventory.InventoryScenarios.unique;
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
import io.gridprobe.harness.junit.Roles;
import io.gridprobe.harness.junit.Login;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Can people hand things over: an offered notecard is in the receiver's inventory at once and stays there when
 * accepted (where the grid files it is the grid's choice: OpenSimulator keeps it where it put it on the offer, whatever
 * folder the answer names), declining sends it to the Trash, a folder comes with what it holds, the giver hears the
 * answer, and it works across regions.
 */
@GridTest
@Tag("inventory")
class InventoryGivingTest {

    @Test
    @Tag("smoke")
    void anAcceptedNotecardIsInTheReceiversInventoryAndTheGiverHearsIt(@Login("alice") Agent alice,
                                                                       @Login("bob") Agent bob) {
        InventoryFolder aliceFolder = scratchFolder(alice, "gifts");
        InventoryOffered offer = null;
        try {
            String name = unique("gift");
            InventoryItem note = await(alice, alice.inventory().createNotecard(aliceFolder.folderId(), name, "For Bob.\n"));
            OfferSent sent = await(alice, alice.inventory().give(bob.id(), note));

            offer = offerOf(bob, alice, name);
            assertThat(offer.fromName()).isEqualTo(alice.name());
            assertThat(offer.isFolder()).isFalse();
            InventoryItem copy = await(bob, bob.inventory().fetchItem(offer.itemId())).orElseThrow(() ->
                    new AssertionError("the offered copy is not in bob's inventory before he answers"));
            assertThat(copy.name()).isEqualTo(name);
            assertThat(copy.ownerId()).isEqualTo(bob.id());
            assertThat(copy.creatorId()).isEqualTo(alice.id());

            // where the copy is kept is the grid's choice (OpenSim: the Notecards folder, untouched by the accept)
            FolderContents holder = await(bob, bob.inventory().accept(offer));
            assertThat(holder.item(offer.itemId())).as("the accepted notecard, listed by the folder that holds it")
                    .isPresent();
            InventoryOfferAnswer answer = await(alice, alice.inventory().answer(sent, step(alice)));
            assertThat(answer).isInstanceOf(InventoryOfferAccepted.class);
            assertThat(answer.fromName()).isEqualTo(bob.name());
            assertThat(await(alice, alice.inventory().fetchItem(note.itemId()))).as("alice could copy it: she keeps hers")
                    .isPresent();
        } finally {
            removeQuietly(alice, aliceFolder);
            removeCopyQuietly(bob, offer);
        }
    }

    @Test
    void aDeclinedNotecardEndsInTheReceiversTrash(@Login("alice") Agent alice, @Login("bob") Agent bob) {
        InventoryFolder aliceFolder = scratchFolder(alice, "gifts");
        InventoryOffered offer = null;
        try {
            String name = unique("unwanted");
            InventoryItem note = await(alice, alice.inventory().createNotecard(aliceFolder.folderId(), name, "No?\n"));
            OfferSent sent = await(alice, alice.inventory().give(bob.id(), note));
            offer = offerOf(bob, alice, name);

            FolderContents trash = await(bob, bob.inventory().decline(offer));
            UUID copy = offer.itemId();
            assertThat(trash.item(copy)).as("the declined copy in bob's Trash").isPresent();
            InventoryItemUpdated notice = bob.events().next(InventoryItemUpdated.class,
                    u -> u.item().itemId().equals(copy)
                            && u.item().folderId().equals(bob.inventory().folder(SystemFolder.TRASH)), step(bob));
            assertThat(notice.item().name()).as("the grid told bob it moved the copy to his Trash").isEqualTo(name);
            InventoryOfferAnswer answer = await(alice, alice.inventory().answer(sent, step(alice)));
            assertThat(answer).isInstanceOf(InventoryOfferDeclined.class);
        } finally {
            removeQuietly(alice, aliceFolder);
            removeCopyQuietly(bob, offer); // a real grid keeps the declined copy in the Trash
        }
    }

    @Test
    void aFolderIsGivenWithWhatItHolds(@Login("alice") Agent alice, @Login("bob") Agent bob) {
        InventoryFolder gift = scratchFolder(alice, "folder gift");
        InventoryOffered offer = null;
        try {
            String inside = unique("inside");
            await(alice, alice.inventory().createNotecard(gift.folderId(), inside, "In a folder.\n"));
            await(alice, alice.inventory().give(bob.id(), gift));
            offer = offerOf(bob, alice, gift.name());
            assertThat(offer.isFolder()).isTrue();

            FolderContents holder = await(bob, bob.inventory().accept(offer));
            assertThat(holder.folder(offer.itemId())).as("bob's copy of the folder").isPresent();
            FolderContents copy = await(bob, bob.inventory().fetchFolder(offer.itemId()));
            assertThat(copy.itemNamed(inside)).as("the notecard inside the given folder").isPresent();
            assertThat(copy.itemNamed(inside).orElseThrow().ownerId()).isEqualTo(bob.id());
        } finally {
            removeQuietly(alice, gift);
            removeCopyQuietly(bob, offer);
        }
    }

    @Roles("bob")
    @Test
    void aGiveReachesSomeoneInAnotherRegion(@Login("alice") Agent alice, GridTarget grid) throws Exception {
        Optional<String> elsewhere = grid.regions().stream()
                .filter(r -> !r.equalsIgnoreCase(alice.region().name())).findFirst();
        Assumptions.assumeTrue(elsewhere.isPresent(), "the grid has one known region (" + grid.regions()
                + "); configure region hints to test giving across regions");
        try (Agent bob = grid.client().login(grid.credentials("bob"), grid.spot(elsewhere.get(), 128, 128, 25))
                .get(step(alice).toMillis() * 3, TimeUnit.MILLISECONDS)) {
            assertThat(bob.region().handle()).as("bob is in another region than alice").isNotEqualTo(alice.region().handle());
            InventoryFolder aliceFolder = scratchFolder(alice, "far gifts");
            try {
                String name = unique("far gift");
                InventoryItem note = await(alice, alice.inventory().createNotecard(aliceFolder.folderId(), name, "Far.\n"));
                OfferSent sent = await(alice, alice.inventory().give(bob.id(), note));
                InventoryOffered offer = offerOf(bob, alice, name);
                FolderContents holder = await(bob, bob.inventory().accept(offer));
                assertThat(holder.item(offer.itemId())).isPresent();
                assertThat(await(alice, alice.inventory().answer(sent, step(alice))).accepted()).isTrue();
                removeCopyQuietly(bob, offer);
            } finally {
                removeQuietly(alice, aliceFolder);
            }
        }
    }
}
