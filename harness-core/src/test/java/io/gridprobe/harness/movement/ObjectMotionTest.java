package io.gridprobe.harness.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gridprobe.protocol.types.Vector3;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Positions out of object updates, laid out as OpenSim sends them (probe_cross). */
class ObjectMotionTest {
    @Test
    void readsAnAvatarsTerseUpdate() {
        // probe_cross #28: local id 67167995, standing on the ground plane z=21, at (245.11, 128, 22.03), walking east
        byte[] start = HexFormat.of().parseHex("fbe60004000100000000000000000000803f0000a841481c754300000043cf41b041ad81ff7ff77f");
        byte[] data = ByteBuffer.allocate(60).put(start).array();

        ObjectMotion.Terse t = ObjectMotion.terse(data);

        assertThat(t.localId()).isEqualTo(67167995);
        assertThat(t.avatar()).isTrue();
        assertThat(t.position().x()).isCloseTo(245.11f, within(0.01f));
        assertThat(t.position().y()).isEqualTo(128f);
        assertThat(t.position().z()).isCloseTo(22.03f, within(0.01f));
        assertThat(t.velocity().x()).as("walking east").isCloseTo(1.68f, within(0.01f));
        assertThat(t.velocity().y()).isCloseTo(0f, within(0.01f));
    }

    @Test
    void readsAPrimsTerseUpdateWithoutCollisionPlane() {
        ByteBuffer b = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(42).put((byte) 0).put((byte) 0).putFloat(10).putFloat(20).putFloat(30);
        ObjectMotion.Terse t = ObjectMotion.terse(b.array());
        assertThat(t.avatar()).isFalse();
        assertThat(t.position()).isEqualTo(new Vector3(10, 20, 30));
    }

    @Test
    void refusesTruncatedData() {
        assertThat(ObjectMotion.terse(new byte[3])).isNull();
        byte[] shortAvatar = new byte[30];
        shortAvatar[5] = 1;
        assertThat(ObjectMotion.terse(shortAvatar)).as("an avatar flag but no room for the position").isNull();
        assertThat(ObjectMotion.fullUpdatePosition(new byte[17])).isNull();
    }

    @Test
    void readsTheFullUpdatesOfAvatarsAndPrims() {
        ByteBuffer avatar = ByteBuffer.allocate(76).order(ByteOrder.LITTLE_ENDIAN);
        avatar.putFloat(0).putFloat(0).putFloat(0).putFloat(1).putFloat(245).putFloat(128).putFloat(25);
        assertThat(ObjectMotion.fullUpdatePosition(avatar.array())).isEqualTo(new Vector3(245, 128, 25));
        ByteBuffer prim = ByteBuffer.allocate(60).order(ByteOrder.LITTLE_ENDIAN);
        prim.putFloat(128).putFloat(128).putFloat(24.27f);
        assertThat(ObjectMotion.fullUpdatePosition(prim.array())).isEqualTo(new Vector3(128, 128, 24.27f));
    }

    @Test
    void avatarNamesComeFromTheNameValues() {
        assertThat(AvatarTracker.name("FirstName STRING RW SV Test\nLastName STRING RW SV Bob\nTitle STRING RW SV ",
                UUID.randomUUID())).isEqualTo("Test Bob");
        UUID id = UUID.randomUUID();
        assertThat(AvatarTracker.name("", id)).isEqualTo(id.toString());
    }

    @Test
    void headingsTurnAboutTheVerticalAxis() {
        assertThat(Heading.NORTH.forward().y()).isCloseTo(1f, within(1e-6f));
        assertThat(Heading.EAST.left().y()).isCloseTo(1f, within(1e-6f));
        assertThat(Heading.degrees(-90).radians()).isCloseTo(Heading.SOUTH.radians(), within(1e-9));
        assertThat(Heading.towards(new Vector3(0, 0, 0), new Vector3(-1, 0, 5)).radians()).isCloseTo(Math.PI, within(1e-9));
        assertThat(Heading.WEST.rotation().z()).isCloseTo(1f, within(1e-6f));
    }
}
