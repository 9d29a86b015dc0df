package io.gridprobe.harness.objects;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.protocol.types.Quaternion;
import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.protocol.wire.PCode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A region the agent left is forgotten at once and quietly: tables do not grow over a run that keeps travelling. */
class ObjectFeedForgetTest {
    @Test
    void aLeftRegionsTableIsDroppedWithoutAnEventPerObject() {
        List<Object> signals = new ArrayList<>();
        ObjectFeed feed = new ObjectFeed(UUID.randomUUID(), h -> "R" + h, signals::add);
        for (int i = 0; i < 100; i++) {
            feed.table(7L).put(new WorldObject(7L, i + 1, UUID.randomUUID(), PCode.PRIM, 0, Vector3.ZERO,
                    Quaternion.IDENTITY, new Vector3(1, 1, 1), 1, 0, null, null, null, null));
        }
        feed.table(8L);
        signals.clear();

        feed.forget(7L);

        assertThat(feed.tables()).hasSize(1);
        assertThat(feed.table(7L).all()).as("a later look starts empty").isEmpty();
        assertThat(signals).isEmpty();
    }
}
