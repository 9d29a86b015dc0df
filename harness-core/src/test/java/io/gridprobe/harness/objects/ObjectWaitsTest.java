package io.gridprobe.harness.objects;

import io.gridprobe.protocol.wire.PermissionMasks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridprobe.harness.events.AwaitTimeoutException;
import io.gridprobe.protocol.types.Quaternion;
import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.protocol.wire.PCode;
import io.gridprobe.protocol.wire.PrimFlags;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The table's events and the manager's waits, without a network. */
class ObjectWaitsTest {
    private final List<Object> signals = new ArrayList<>();
    private final ObjectWaits waits = new ObjectWaits("alice");
    private final ObjectTable table = new ObjectTable(1L, () -> "Alpha", e -> {
        signals.add(e);
        waits.signal(e);
    });

    private static WorldObject prim(int localId, UUID id, Vector3 at) {
        return new WorldObject(1L, localId, id, PCode.PRIM, 0, at, Quaternion.IDENTITY,
                new Vector3(0.5f, 0.5f, 0.5f), 7, PrimFlags.YOU_OWNER, null, null, null, null);
    }

    @Test
    void changesAreAppearedUpdatedRemovedInOrder() {
        UUID id = UUID.randomUUID();
        table.put(prim(5, id, new Vector3(1, 2, 3)));
        table.moved(new ObjectDecoding.TerseMotion(5, false, new Vector3(4, 5, 6), Quaternion.IDENTITY));
        table.describe(new ObjectDetails(id, UUID.randomUUID(), UUID.randomUUID(), new UUID(0, 0), new UUID(0, 0), 0,
                new PermissionMasks(0x9e000, 0x9e000, 0, 0, 0x82000), "Box", "", 0, 0));
        table.remove(5);
        table.remove(5); // a second KillObject changes nothing
        assertThat(signals).hasSize(4);
        assertThat(signals.get(0)).isInstanceOf(ObjectAppeared.class);
        assertThat(((ObjectUpdated) signals.get(1)).object().position()).isEqualTo(new Vector3(4, 5, 6));
        assertThat(((ObjectUpdated) signals.get(2)).object().name()).isEqualTo("Box");
        assertThat(((ObjectRemoved) signals.get(3)).object().name()).isEqualTo("Box");
        assertThat(table.get(id)).isEmpty();
    }

    @Test
    void aStateWaitCompletesAtOnceWhenItAlreadyHolds() {
        table.put(prim(6, UUID.randomUUID(), new Vector3(1, 1, 1)));
        CompletableFuture<WorldObject> there = waits.until("at 1,1,1", o -> o.localId() == 6,
                () -> table.get(6).filter(o -> o.position().equals(new Vector3(1, 1, 1))), Duration.ofSeconds(5));
        assertThat(there).isCompleted();
    }

    @Test
    void aStateWaitIsCheckedAgainOnlyWhenAnObjectItConcernsChanges() {
        table.put(prim(8, UUID.randomUUID(), new Vector3(1, 1, 1)));
        java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
        CompletableFuture<WorldObject> there = waits.until("#8 at 9,9,9", o -> o.localId() == 8, () -> {
            checks.incrementAndGet();
            return table.get(8).filter(o -> o.position().equals(new Vector3(9, 9, 9)));
        }, Duration.ofSeconds(5));
        // a busy region: a thousand updates of other prims
        for (int i = 0; i < 1000; i++) {
            table.put(prim(100 + i % 50, new UUID(0, 100 + i % 50), new Vector3(i % 7, 1, 1)));
        }
        assertThat(checks).hasValue(1); // when registered, not on each of them
        table.moved(new ObjectDecoding.TerseMotion(8, false, new Vector3(9, 9, 9), Quaternion.IDENTITY));
        assertThat(there).isCompleted();
        assertThat(checks).hasValue(2);
    }

    @Test
    void aTimedOutWaitSaysWhatItAwaitedAndWhatCameInstead() {
        CompletableFuture<WorldObject> never = waits.next("prim #99", s -> Optional.empty(), Duration.ofMillis(200));
        table.put(prim(7, UUID.randomUUID(), new Vector3(2, 2, 2)));
        assertThatThrownBy(never::join).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(AwaitTimeoutException.class)
                .hasMessageContaining("prim #99").hasMessageContaining("ObjectAppeared #7 prim");
    }
    @Test
    void killingALinksetsRootRemovesItsChildrenButNotASeatedAvatar() {
        UUID root = UUID.randomUUID();
        UUID child = UUID.randomUUID();
        UUID sitter = UUID.randomUUID();
        table.put(prim(10, root, new Vector3(1, 1, 1)));
        table.put(new WorldObject(1L, 11, child, PCode.PRIM, 10, new Vector3(1, 0, 0), Quaternion.IDENTITY,
                new Vector3(0.5f, 0.5f, 0.5f), 7, 0, null, null, null, null));
        table.put(new WorldObject(1L, 12, sitter, PCode.AVATAR, 10, new Vector3(0, 0, 1),
                Quaternion.IDENTITY, new Vector3(0.5f, 0.5f, 1.8f), 7, 0, null, null, null, null));
        signals.clear();

        table.remove(10); // OpenSimulator's KillObject names the root alone

        assertThat(table.get(root)).isEmpty();
        assertThat(table.get(child)).as("the child goes with its root").isEmpty();
        assertThat(table.get(sitter)).as("a seated avatar stays until the grid moves it").isPresent();
        assertThat(signals).hasSize(2).allMatch(e -> e instanceof ObjectRemoved);
    }
}
