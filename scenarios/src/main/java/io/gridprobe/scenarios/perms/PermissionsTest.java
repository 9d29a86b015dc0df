package io.gridprobe.scenarios.perms;

import static io.gridprobe.scenarios.support.Prims.seenBy;
import static io.gridprobe.scenarios.support.Prims.spot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.junit.GridTest;
import io.gridprobe.harness.junit.Login;
import io.gridprobe.harness.objects.EditRefusedException;
import io.gridprobe.harness.objects.ObjectDetails;
import io.gridprobe.harness.objects.WorldObject;
import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.protocol.wire.PermissionBits;
import io.gridprobe.protocol.wire.PermissionField;
import io.gridprobe.scenarios.support.Scratch;
import io.gridprobe.scenarios.support.ScratchExtension;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Do permissions protect people's things: the next-owner masks Alice sets are the ones Bob sees, and Bob can
 * neither rename, re-permission, move nor delete what is hers; each attempt leaves the object as it was, for both.
 */
@GridTest(agents = GridTest.Lifetime.PER_CLASS)
@ExtendWith(ScratchExtension.class)
@Tag("perms")
class PermissionsTest {
    /** How long a refused edit must stay without effect once the grid has handled it. */
    private static final Duration QUIET = Duration.ofSeconds(1);

    @Test
    @Tag("smoke")
    void bobSeesExactlyTheNextOwnerPermissionsAliceSet(@Login("alice") Agent alice, @Login("bob") Agent bob, Scratch scratch) {
        WorldObject made = scratch.rez(alice, spot(alice, 10));
        alice.objects().setPermissions(made.localId(), PermissionField.NEXT_OWNER, true,
                PermissionBits.MODIFY | PermissionBits.COPY).join();
        ObjectDetails set = alice.objects().setPermissions(made.localId(), PermissionField.NEXT_OWNER, false,
                PermissionBits.COPY).join();
        assertThat(set.masks().nextOwner() & PermissionBits.COPY).as("next owner: no copy").isZero();
        assertThat(set.masks().nextOwner() & PermissionBits.MODIFY).as("next owner: modify").isNotZero();
        assertThat(set.masks().nextOwner() & PermissionBits.TRANSFER).as("no copy keeps transfer").isNotZero();

        ObjectDetails seen = bob.objects().details(seenBy(bob, made.id()).localId()).join();
        assertThat(seen.masks()).isEqualTo(set.masks());
        assertThat(seen.ownerId()).isEqualTo(alice.id());
    }

    @Test
    void bobCannotRenameAlicesObject(@Login("alice") Agent alice, @Login("bob") Agent bob, Scratch scratch) {
        WorldObject made = scratch.rez(alice, spot(alice, 11));
        String name = alice.objects().details(made.localId()).join().name();
        int bobsId = seenBy(bob, made.id()).localId();
        assertThatThrownBy(() -> bob.objects().setName(bobsId, "Renamed by Bob").join())
                .isInstanceOf(CompletionException.class).cause().isInstanceOf(EditRefusedException.class)
                .satisfies(e -> assertThat(((EditRefusedException) e).details().name()).isEqualTo(name));
        assertThat(alice.objects().details(made.localId()).join().name()).isEqualTo(name);
    }

    @Test
    void bobCannotChangeAlicesPermissions(@Login("alice") Agent alice, @Login("bob") Agent bob, Scratch scratch) {
        WorldObject made = scratch.rez(alice, spot(alice, 12));
        ObjectDetails before = alice.objects().details(made.localId()).join();
        int bobsId = seenBy(bob, made.id()).localId();
        assertThatThrownBy(() -> bob.objects().setPermissions(bobsId, PermissionField.EVERYONE, true,
                PermissionBits.COPY | PermissionBits.MODIFY | PermissionBits.MOVE).join())
                .isInstanceOf(CompletionException.class).cause().isInstanceOf(EditRefusedException.class);
        assertThatThrownBy(() -> bob.objects().setPermissions(bobsId, PermissionField.NEXT_OWNER, true,
                PermissionBits.COPY).join())
                .isInstanceOf(CompletionException.class).cause().isInstanceOf(EditRefusedException.class);
        assertThat(alice.objects().details(made.localId()).join().masks()).isEqualTo(before.masks());
        assertThat(bob.objects().details(bobsId).join().masks()).isEqualTo(before.masks());
    }

    @Test
    void bobCannotMoveAlicesObject(@Login("alice") Agent alice, @Login("bob") Agent bob, Scratch scratch) {
        WorldObject made = scratch.rez(alice, spot(alice, 13));
        Vector3 where = made.position();
        int bobsId = seenBy(bob, made.id()).localId();
        bob.objects().move(bobsId, where.plus(new Vector3(0, 3, 1))); // refused: it never completes
        bob.objects().details(bobsId).join(); // the grid has handled the move before it answers this
        await("the prim stays where alice put it, for both").during(alice.grid().scaled(QUIET))
                .atMost(alice.grid().scaled(QUIET.multipliedBy(3))).until(() ->
                        unmoved(alice, made, where) && unmoved(bob, made, where));
    }

    @Test
    void bobCannotDeleteAlicesObject(@Login("alice") Agent alice, @Login("bob") Agent bob, Scratch scratch) {
        WorldObject made = scratch.rez(alice, spot(alice, 14));
        int bobsId = seenBy(bob, made.id()).localId();
        bob.objects().delete(bobsId); // refused: it never completes
        bob.objects().take(bobsId);
        ObjectDetails still = bob.objects().details(bobsId).join(); // handled after the delete and the take
        assertThat(still.ownerId()).isEqualTo(alice.id());
        await("the prim stays, for both").during(alice.grid().scaled(QUIET))
                .atMost(alice.grid().scaled(QUIET.multipliedBy(3))).until(() ->
                        alice.objects().objects().get(made.id()).isPresent()
                                && bob.objects().objects().get(made.id()).isPresent());
        assertThat(alice.objects().details(made.localId()).join().objectId()).isEqualTo(made.id());
    }

    private static boolean unmoved(Agent viewer, WorldObject o, Vector3 where) {
        return viewer.objects().objects().get(o.id()).map(x -> x.position().distanceTo(where) < 0.01).orElse(false);
    }
}
