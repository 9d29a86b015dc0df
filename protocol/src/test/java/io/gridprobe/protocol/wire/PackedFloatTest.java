package io.gridprobe.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PackedFloatTest {
    @Test
    void truncatesAsOpenSimSoZeroIsJustBelowTheMiddle() {
        assertThat(PackedFloat.pack(0f, -128, 128)).isEqualTo(0x7fff);
        assertThat(PackedFloat.pack(-1f, -1, 1)).isZero();
        assertThat(PackedFloat.pack(1f, -1, 1)).isEqualTo(0xFFFF);
    }

    @Test
    void clampsWhatLiesOutsideAndPacksNonFiniteAsTheMiddle() {
        assertThat(PackedFloat.pack(500f, -128, 128)).isEqualTo(0xFFFF);
        assertThat(PackedFloat.pack(-500f, -64, 64)).isZero();
        assertThat(PackedFloat.pack(Float.NEGATIVE_INFINITY, -64, 64)).isEqualTo(0x7fff);
        assertThat(PackedFloat.pack(Float.NaN, -64, 64)).isEqualTo(0x7fff);
    }

    @Test
    void unpackingComesBackWithinOneStep() {
        for (float v : new float[] {-127.5f, -3.25f, 0f, 0.7f, 99f}) {
            float back = PackedFloat.unpack(PackedFloat.pack(v, -128, 128), -128, 128);
            assertThat(back).isCloseTo(v, within(256f / 65535f));
        }
        assertThat(PackedFloat.unpack(0xFFFF, -1, 1)).isEqualTo(1f);
        assertThat(PackedFloat.unpack(-1, -1, 1)).as("a short read signed").isEqualTo(1f);
    }
}
