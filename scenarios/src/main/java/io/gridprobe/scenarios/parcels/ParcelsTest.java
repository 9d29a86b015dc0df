package io.gridprobe.scenarios.parcels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.junit.GridTest;
import io.gridprobe.harness.junit.Login;
import io.gridprobe.harness.parcels.ParcelDetails;
import io.gridprobe.scenarios.support.Await;
import io.gridprobe.scenarios.support.Scratch;
import io.gridprobe.scenarios.support.ScratchExtension;
import io.gridprobe.scenarios.support.Unique;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Land works: the parcel where an avatar stands has a name, an area and an owner; its owner can rename it and sees
 * the new name; anyone else's rename is refused and changes nothing (grids refuse silently: the parcel read back after
 * the grid handled the rename is the verdict). A rename is always undone at the end.
 */
@GridTest
@ExtendWith(ScratchExtension.class)
@Tag("parcels")
class ParcelsTest {

    @Test
    @Tag("smoke")
    void theParcelWhereAnAvatarStandsHasANameAnAreaAndAnOwner(@Login("alice") Agent alice) throws Exception {
        ParcelDetails here = Await.result(alice.parcels().at(alice.position()));
        assertThat(here.name()).as("parcel name").isNotBlank();
        assertThat(here.area()).as("parcel area in m2").isPositive();
        assertThat(here.groupOwned() ? here.groupId() : here.ownerId()).as("owner").isNotEqualTo(new UUID(0, 0));
        assertThat(here.covers(alice.position())).as(here + " covers " + alice.position()).isTrue();
        assertThat(Await.result(alice.parcels().current()).localId()).as("the parcel the grid says alice stands on")
                .isEqualTo(here.localId());
    }

    @Test
    void theOwnerRenamesTheParcelAndSeesTheNewName(@Login("owner") Agent owner, Scratch scratch) throws Exception {
        ParcelDetails before = Await.result(owner.parcels().at(owner.position()));
        assumeTrue(before.isOwnedBy(owner.id()), "the 'owner' account does not own the parcel it stands on: " + before);
        String name = Unique.name("parcel");
        scratch.afterwards("the name '" + before.name() + "' of the parcel", owner,
                () -> restoreName(owner, before.name()));
        ParcelDetails after = Await.result(owner.parcels().setName(before, name));
        assertThat(after.name()).as("the parcel's name as the grid reports it after the rename").isEqualTo(name);
        assertThat(after.ownerId()).isEqualTo(before.ownerId());
        assertThat(after.area()).isEqualTo(before.area());
    }

    @Test
    void aNonOwnersRenameIsRefusedAndNothingChanges(@Login("bob") Agent bob) throws Exception {
        ParcelDetails before = Await.result(bob.parcels().at(bob.position()));
        assumeFalse(before.isOwnedBy(bob.id()), "bob owns the parcel he stands on, so he may rename it: " + before);
        String attempt = Unique.line("not bob's");
        // grids refuse without a word: the verdict is the parcel as the grid reports it once it handled the request
        ParcelDetails after = Await.result(bob.parcels().setName(before, attempt));
        assertThat(after.name()).as("the parcel's name after bob's rename").isEqualTo(before.name());
        assertThat(after.ownerId()).isEqualTo(before.ownerId());
    }

    /** Puts the name back, reading the parcel first so that nothing else the test changed is undone. */
    private static void restoreName(Agent owner, String name) throws Exception {
        Await.result(owner.parcels().at(owner.position()).thenCompose(now -> owner.parcels().setName(now, name)));
    }
}
