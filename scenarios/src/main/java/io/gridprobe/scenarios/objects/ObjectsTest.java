package io.gridprobe.scenarios.objects;

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
import io.gridprobe.scenarios.support.Scratch;
import io.gridprobe.scenarios.support.ScratchExtension;
import io.gridprobe.scenarios.support.Unique;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Can people build together: what Alice makes, names, moves, links, deletes or takes back into her inventory, Bob
 * sees as she does.
 */
@GridTest(agents = GridTest.Lifetime.PER_CLASS)
@ExtendWith(ScratchExtension.class)
@Tag("objects")
class ObjectsTest {
    private static final Duration SEE = Duration.ofSeconds(10);

    @Test
    @Tag("smoke")
    void aPrimAliceRezzesAppearsToBob(@Login("alice") Agent alice, @Login("bob") Agent bob, Scratch scratch) {
        WorldObject made = scratch.rez(alice, spot(alice, 0));
        assertThat(made.isOwnedBySelf()).isTrue();
        WorldObject seen = seenBy(bob, made.id());
        assertThat(seen.pcode()).isEqualTo(PCode.PRIM);
        assertThat(seen.position().distanceTo(made.position())).isLessThan(0.01);
        assertThat(seen.isOwnedBySelf()).as("bob does not own it").isFalse();
        ObjectDetails details = bob.objects().details(seen.localId()).join();
        assertThat(details.ownerId()).isEqualTo(alice.id());
        assertThat(details.creatorId()).isEqualTo(alice.id());
    }

    @Test
    void aNewNameAndDescriptionReachBob(@Login("alice") Agent alice, @Login("bob") Agent bob, Scratch scratch) {
        WorldObject made = scratch.rez(alice, spot(alice, 1));
        String name = Unique.name("box");
        assertThat(alice.objects().setName(made.localId(), name).join().name()).isEqualTo(name);
        alice.objects().setDescription(made.localId(), "made by the objects suite").join();
        ObjectDetails seen = bob.objects().details(seenBy(bob, made.id()).localId()).join();
        assertThat(seen.name()).isEqualTo(name);
        assertThat(seen.description()).isEqualTo("made by the objects suite");
        assertThat(bob.objects().objects().named(name)).extracting(WorldObject::id).containsExactly(made.id());
    }

    @Test
    void bobSeesAliceMoveHerPrim(@Login("alice") Agent alice, @Login("bob") Agent bob, Scratch scratch) {
        WorldObject made = scratch.rez(alice, spot(alice, 2));
        seenBy(bob, made.id());
        Vector3 to = made.position().plus(new Vector3(0, 1.5f, 0.5f));
        alice.objects().move(made.localId(), to).join();
        await("bob sees the prim at " + to).atMost(bob.grid().scaled(SEE)).until(() ->
                bob.objects().objects().get(made.id()).map(o -> o.position().distanceTo(to) < 0.01).orElse(false));
    }

    @Test
    void bobSeesTwoLinkedPrimsAsOneLinkset(@Login("alice") Agent alice, @Login("bob") Agent bob, Scratch scratch) {
        WorldObject root = scratch.rez(alice, spot(alice, 3));
        WorldObject child = scratch.rez(alice, spot(alice, 4));
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
    }

    @Test
    void aDeletedPrimDisappearsForBob(@Login("alice") Agent alice, @Login("bob") Agent bob, Scratch scratch) {
        WorldObject made = scratch.rez(alice, spot(alice, 5)); // (removed already when the test passes)
        seenBy(bob, made.id());
        WorldObject gone = alice.objects().delete(made.localId()).join();
        assertThat(gone.id()).isEqualTo(made.id());
        await("bob no longer sees the prim").atMost(bob.grid().scaled(SEE))
                .until(() -> bob.objects().objects().get(made.id()).isEmpty());
    }

    @Test
    void aTakenObjectComesBackWithItsName(@Login("alice") Agent alice, @Login("bob") Agent bob, Scratch scratch) {
        WorldObject made = scratch.rez(alice, spot(alice, 6));
        String name = Unique.name("boomerang");
        alice.objects().setName(made.localId(), name).join();
        seenBy(bob, made.id());
        InventoryObject item = scratch.item(alice, alice.objects().take(made.localId()).join());
        assertThat(item.name()).isEqualTo(name);
        assertThat(item.type()).isEqualTo(AssetType.OBJECT);
        await("bob no longer sees the taken prim").atMost(bob.grid().scaled(SEE))
                .until(() -> bob.objects().objects().get(made.id()).isEmpty());

        WorldObject back = scratch.object(alice, alice.objects().rezFromInventory(item, spot(alice, 7)).join());
        assertThat(alice.objects().details(back.localId()).join().name()).isEqualTo(name);
        assertThat(bob.objects().details(seenBy(bob, back.id()).localId()).join().name()).isEqualTo(name);
    }

    @Test
    void bobSitsOnAlicesPrimAndStandsUp(@Login("alice") Agent alice, @Login("bob") Agent bob, Scratch scratch) {
        WorldObject seat = scratch.rez(alice, spot(alice, 8));
        WorldObject seen = seenBy(bob, seat.id());
        WorldObject sitting = bob.objects().sit(seat.id()).join();
        assertThat(sitting.parentId()).isEqualTo(seen.localId());
        await("alice sees bob on the prim").atMost(alice.grid().scaled(SEE)).until(() ->
                alice.objects().objects().avatar(bob.id()).map(a -> a.parentId() == seat.localId()).orElse(false));
        assertThat(bob.objects().stand().join().isRoot()).isTrue();
    }
}
