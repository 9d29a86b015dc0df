package io.gridprobe.harness.objects;

import io.gridprobe.protocol.wire.PermissionMasks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gridprobe.protocol.capture.CaptureFiles;
import io.gridprobe.protocol.capture.CaptureRecord;
import io.gridprobe.protocol.capture.SharedReference;
import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.packet.PacketCodec;
import io.gridprobe.protocol.template.MessageTemplate;
import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.protocol.wire.AssetType;
import io.gridprobe.protocol.wire.PCode;
import io.gridprobe.protocol.wire.PermissionBits;
import io.gridprobe.protocol.wire.PermissionField;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The object table fed with what a real OpenSimulator sent in the reference session nmv_perms_inventory: Bob logs in
 * next to two older prims (announced as cached, fetched compressed), watches Alice rez, name and re-permission hers,
 * selects it, and sees it deleted; Alice takes a copy. Every fact asserted here is in the capture.
 */
class ObjectFeedCaptureTest {
    private static final UUID ALICE = UUID.fromString("6f1a0b52-0000-4000-8000-000000000002");
    private static final UUID BOB = UUID.fromString("6f1a0b52-0000-4000-8000-000000000003");
    private static final UUID GOLDEN_BOX = UUID.fromString("dc3ffa8e-c67e-4cbb-8783-5198c766444a");
    private static final UUID OLD_PRIM = UUID.fromString("6685ac4d-fff4-4c95-9e52-f1084a0d7b6c");
    private static final String BOB_CLIENT = "127.0.0.1:37925";
    private static final String ALICE_CLIENT = "127.0.0.1:47640";

    private record Replay(ObjectFeed feed, List<Object> signals, List<List<Long>> requested) {
        <T> List<T> all(Class<T> type) {
            return signals.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    @Test
    void bobsTableFollowsTheSession() throws Exception {
        Replay bob = replay(BOB_CLIENT, BOB);
        assertThat(bob.requested()).as("the two prims of an earlier session, announced as cached")
                .contains(List.of(67167993L, 67167994L));
        ObjectTable alpha = bob.feed().table(1099511628032000L);

        WorldObject old = bob.all(ObjectAppeared.class).stream().map(ObjectAppeared::object)
                .filter(o -> o.id().equals(OLD_PRIM)).findFirst().orElseThrow();
        assertThat(old.pcode()).isEqualTo(PCode.PRIM);
        assertThat(old.crc()).isEqualTo(2493887967L);
        assertThat(old.position().z()).isCloseTo(24.2726f, within(0.001f));
        assertThat(alpha.get(OLD_PRIM)).isPresent();

        WorldObject box = bob.all(ObjectAppeared.class).stream().map(ObjectAppeared::object)
                .filter(o -> o.id().equals(GOLDEN_BOX)).findFirst().orElseThrow();
        assertThat(box.position().x()).isCloseTo(128.3114f, within(0.001f));
        assertThat(box.position().z()).isCloseTo(24.2842f, within(0.001f));
        assertThat(box.isOwnedBySelf()).isFalse();
        assertThat(box.scale()).isEqualTo(new Vector3(0.5f, 0.5f, 0.5f));

        ObjectDetails seen = bob.all(ObjectPropertiesReceived.class).stream().map(ObjectPropertiesReceived::details)
                .filter(d -> d.objectId().equals(GOLDEN_BOX)).reduce((a, b) -> b).orElseThrow();
        assertThat(seen.name()).isEqualTo("Golden Perms Box");
        assertThat(seen.ownerId()).isEqualTo(ALICE);
        assertThat(seen.masks()).isEqualTo(new PermissionMasks(0x9e000, 0x9e000, 0, 0, 0x86000));
        assertThat(seen.masks().reflects(PermissionField.NEXT_OWNER, false, PermissionBits.COPY)).isTrue();
        assertThat(seen.masks().reflects(PermissionField.EVERYONE, true, PermissionBits.COPY))
                .as("Bob's refused change left everyone without copy").isFalse();

        assertThat(bob.all(ObjectUpdated.class)).anyMatch(u -> u.object().id().equals(GOLDEN_BOX)
                && "Golden Perms Box".equals(u.object().name()) && ALICE.equals(u.object().ownerId()));
        assertThat(bob.all(ObjectRemoved.class)).anyMatch(r -> r.object().id().equals(GOLDEN_BOX));
        assertThat(alpha.get(GOLDEN_BOX)).as("deleted to trash at the end").isEmpty();

        Optional<WorldObject> aliceAvatar = alpha.avatar(ALICE);
        assertThat(aliceAvatar).map(WorldObject::name).contains("Test Alice");
        assertThat(alpha.named("Test Alice")).hasSize(1);
    }

    @Test
    void alicesOwnPrimIsHersAndHerTakeCopyIsAnItem() throws Exception {
        Replay alice = replay(ALICE_CLIENT, ALICE);
        WorldObject box = alice.all(ObjectAppeared.class).stream().map(ObjectAppeared::object)
                .filter(o -> o.id().equals(GOLDEN_BOX)).findFirst().orElseThrow();
        assertThat(box.isOwnedBySelf()).isTrue();
        assertThat(box.isCreateSelected()).isTrue();
        assertThat(box.ownerId()).as("known from the flags before any properties").isEqualTo(ALICE);

        List<InventoryObject> items = alice.all(ObjectFeed.ItemCreated.class).stream()
                .map(ObjectFeed.ItemCreated::item).filter(i -> i.type() == AssetType.OBJECT).toList();
        assertThat(items).hasSize(2); // take copy, then delete to trash
        assertThat(items.get(0).name()).isEqualTo("Golden Perms Box");
        assertThat(items.get(0).masks().base()).isEqualTo(0x8e00f);
        assertThat(items.get(0).masks().nextOwner()).isEqualTo(0x86000);
        assertThat(items.get(1).folderId()).isNotEqualTo(items.get(0).folderId());
    }

    /** Feeds what the grid sent to one client, in order, as the manager does. */
    private static Replay replay(String client, UUID self) throws Exception {
        Path file = SharedReference.captureFiles().stream()
                .filter(p -> p.getFileName().toString().equals("nmv_perms_inventory.jsonl")).findFirst().orElse(null);
        Assumptions.assumeTrue(file != null, SharedReference.absentReason());
        PacketCodec codec = new PacketCodec(MessageTemplate.bundled());
        List<Object> signals = new ArrayList<>();
        List<List<Long>> requested = new ArrayList<>();
        ObjectFeed feed = new ObjectFeed(self, h -> "Alpha", signals::add);
        for (CaptureRecord r : CaptureFiles.read(file)) {
            if (!r.isUdp() || r.fromClient() || !client.equals(r.client())) {
                continue;
            }
            Message m = codec.decode(r.payload()).message();
            if (!ObjectFeed.MESSAGES.contains(m.name())) {
                continue;
            }
            String[] hp = r.server().split(":");
            List<Long> missing = feed.accept(m, new InetSocketAddress(hp[0], Integer.parseInt(hp[1])));
            if (!missing.isEmpty()) {
                requested.add(missing);
            }
        }
        return new Replay(feed, signals, requested);
    }
}
