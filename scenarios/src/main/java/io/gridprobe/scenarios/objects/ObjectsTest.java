package io.gridprobe.scenarios.objects;

import static io.gridprobe.scenarios.support.Prims.cleanUp;
import static io.gridprobe.scenarios.support.Prims.seenBy;
import static io.gridprobe.scenarios.support.Prims.spot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.junit.GridTest;
import io.gridprobe.harness.junit.Login;
import io.gridprobe.harness.objects.InventoryObject;
import io.gridprobe.harness.objects.ObjectDetails;
import io.gridprobe.harness.objects.WorldObject;
import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.protocol.wire.AssetType;
import io.gridprobe.protocol.wire.PCode;
import io.gridprobe.scenarios.support.Prims;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Can people build together: what Alice makes, names, moves, links, deletes or takes back into her inventory, Bob
 * sees as she does.
 */
@GridTest(agents = GridTest.Lifetime.PER_CLASS)
@Tag("objects")
class ObjectsTest {
    private static final Duration SEE = Duration.ofSeconds(10);

    @Test
    @Tag("smoke")
    void aPrimAliceRezzesAppearsToBob(@Login("alice") Agent alice, @Login("bob") Agent bob) {
        WorldObject made = alice.objects().rez(spot(alice, 0)).join();
        try {
            assertThat(made.isOwnedBySelf()).isTrue();
            WorldObject seen = seenBy(bob, made.id());
            assertThat(seen.pcode()).isEqualTo(PCode.PRIM);
            assertThat(seen.position().distanceTo(made.position())).isLessThan(0.01);
            assertThat(seen.isOwnedBySelf()).as("bob does not own it").isFalse();
            ObjectDetails details = bob.objects().details(seen.localId()).join();
            assertThat(details.ownerId()).isEqualTo(alice.id());
            assertThat(details.creatorId()).isEqualTo(alice.id());
        } finally {
            cleanUp(alice, made);
        }
    }

    @Test
    void aNewNameAndDescriptionReachBob(@Login("alice") Agent alice, @Login("bob") Agent bob) {
        WorldObject made = alice.objects().rez(spot(alice, 1)).join();
        try {
            String name = "gridprobe box " + UUID.randomUUID().toString().substring(0, 8);
            assertThat(alice.objects().setName(made.localId(), name).join().name()).isEqualTo(name);
            alice.objects().setDescription(made.localId(), "made by the objects suite").join();
            ObjectDetails seen = bob.objects().details(seenBy(bob, made.id()).localId()).join();
            assertThat(seen.name()).isEqualTo(name);
            assertThat(seen.description()).isEqualTo("made by the objects suite");
            assertThat(bob.objects().objects().named(name)).extracting(WorldObject::id).containsExactly(made.id());
        } finally {
            cleanUp(alice, made);
        }
    }

    @Test
    void bobSeesAliceMoveHerPrim(@Login("alice") Agent alice, @Login("bob") Agent bob) {
        WorldObject made = alice.objects().rez(spot(alice, 2)).join();
        try {
            seenBy(bob, made.id());
            Vector3 to = made.position().plus(new Vector3(0, 1.5f, 0.5f));
            alice.objects().move(made.localId(), to).join();
            await("bob sees the prim at " + to).atMost(bob.grid().scaled(SEE)).until(() ->
                    bob.objects().objects().get(made.id()).map(o -> o.position().distanceTo(to) < 0.01).orElse(false));
        } finally {
            cleanUp(alice, made);
        }
    }

    @Test
    void bobSeesTwoLinkedPrimsAsOneLinkset(@Login("alice") Agent alice, @Login("bob") Agent bob) {
        WorldObject root = alice.objects().rez(spot(alice, 3)).join();
        WorldObject child = alice.objects().rez(spot(alice, 4)).join();
        try {
            List<WorldObject> linkset = alice.objects().link(List.of(root.localId(), child.localId())).join();
            assertThat(linkset).extracting(WorldObject::id).containsExactly(root.id(), child.id());
            await("bob sees the child linked to the root").atMost(bob.grid().scaled(SEE)).until(() -> {
                var table = bob.objects().objects();
                return table.get(root.id()).flatMap(r -> table.get(child.id()).map(c -> c.parentId() == r.localId()))
                        .orElse(false);
            });
            WorldObject seenChild = bob.objects().objects().get(child.id()).orElseThrow();
            assertThat(seenChild.position()).as("a child is placed relative to its root")
                    .isEqualTo(alice.objects().objects().get(child.id()).orElseThrow().position());
        } finally {
            cleanUp(alice, root, child);
        }
    }

    @Test
    void aDeletedPrimDisappearsForBob(@Login("alice") Agent alice, @Login("bob") Agent bob) {
        WorldObject made = alice.objects().rez(spot(alice, 5)).join();
        seenBy(bob, made.id());
        WorldObject gone = alice.objects().delete(made.localId()).join();
        assertThat(gone.id()).isEqualTo(made.id());
        await("bob no longer sees the prim").atMost(bob.grid().scaled(SEE))
                .until(() -> bob.objects().objects().get(made.id()).isEmpty());
    }

    @Test
    void aTakenObjectComesBackWithItsName(@Login("alice") Agent alice, @Login("bob") Agent bob) {
        WorldObject made = alice.objects().rez(spot(alice, 6)).join();
        WorldObject back = null;
        InventoryObject item = null;
        try {
            String name = "gridprobe boomerang " + UUID.randomUUID().toString().substring(0, 8);
            alice.objects().setName(made.localId(), name).join();
            seenBy(bob, made.id());
            item = alice.objects().take(made.localId()).join();
            assertThat(item.name()).isEqualTo(name);
            assertThat(item.type()).isEqualTo(AssetType.OBJECT);
            await("bob no longer sees the taken prim").atMost(bob.grid().scaled(SEE))
                    .until(() -> bob.objects().objects().get(made.id()).isEmpty());

            back = alice.objects().rezFromInventory(item, spot(alice, 7)).join();
            assertThat(alice.objects().details(back.localId()).join().name()).isEqualTo(name);
            assertThat(bob.objects().details(seenBy(bob, back.id()).localId()).join().name()).isEqualTo(name);
        } finally {
            cleanUp(alice, made, back);
            Prims.removeItems(alice, item == null ? null : item.itemId());
        }
    }

    @Test
    void bobSitsOnAlicesPrimAndStandsUp(@Login("alice") Agent alice, @Login("bob") Agent bob) {
        WorldObject seat = alice.objects().rez(spot(alice, 8)).join();
        try {
            WorldObject seen = seenBy(bob, seat.id());
            WorldObject sitting = bob.objects().sit(seat.id()).join();
            assertThat(sitting.parentId()).isEqualTo(seen.localId());
            await("alice sees bob on the prim").atMost(alice.grid().scaled(SEE)).until(() ->
                    alice.objects().objects().avatar(bob.id()).map(a -> a.parentId() == seat.localId()).orElse(false));
            assertThat(bob.objects().stand().join().isRoot()).isTrue();
        } finally {
            cleanUp(alice, seat);
        }
    }
}
