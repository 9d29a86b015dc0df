package io.gridprobe.protocol.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZeroCodingTest {

    private static byte[] encode(byte[] in) {
        byte[] out = new byte[ZeroCoding.encodedLength(in, 0, in.length)];
        assertThat(ZeroCoding.encode(in, 0, in.length, out, 0)).isEqualTo(out.length);
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 254, 255, 256, 510, 511, 512, 1000})
    void runsOfZerosSplitAt255(int zeros) {
        byte[] in = new byte[zeros + 2];
        in[0] = 7;
        in[in.length - 1] = 9;
        byte[] out = encode(in);
        int pairs = (zeros + 254) / 255;
        assertThat(out).hasSize(2 + 2 * pairs);
        assertThat(out[1]).isZero();
        assertThat(out[2] & 0xFF).isEqualTo(Math.min(zeros, 255));
        assertThat(ZeroCoding.expand(out, 0, out.length)).isEqualTo(in);
    }

    @Test
    void trailingZeroAndAllZeros() {
        byte[] trailing = {1, 2, 0};
        assertThat(encode(trailing)).containsExactly(1, 2, 0, 1);
        assertThat(ZeroCoding.expand(encode(trailing), 0, 4)).isEqualTo(trailing);
        byte[] allZeros = new byte[300];
        assertThat(encode(allZeros)).containsExactly(0, (byte) 255, 0, 45);
        assertThat(ZeroCoding.expand(encode(allZeros), 0, 4)).isEqualTo(allZeros);
        assertThat(encode(new byte[0])).isEmpty();
    }

    @Test
    void garbledInputIsATypedError() {
        assertThatThrownBy(() -> ZeroCoding.expand(new byte[] {5, 0}, 0, 2))
                .isInstanceOf(MalformedPacketException.class).hasMessageContaining("count byte");
        assertThatThrownBy(() -> ZeroCoding.expand(new byte[] {0, 0}, 0, 2))
                .isInstanceOf(MalformedPacketException.class).hasMessageContaining("length 0");
        byte[] bomb = new byte[1200];
        for (int i = 0; i < bomb.length; i += 2) {
            bomb[i + 1] = (byte) 255;
        }
        assertThatThrownBy(() -> ZeroCoding.expand(bomb, 0, bomb.length))
                .isInstanceOf(MalformedPacketException.class).hasMessageContaining("expands past");
    }

    @Property(tries = 300)
    void expandInvertsEncode(@ForAll @Size(max = 2000) byte[] in) {
        assertThat(ZeroCoding.expand(encode(in), 0, encode(in).length)).isEqualTo(in);
    }

    @Property(tries = 300)
    void prefixExpansionAgreesWithFullExpansion(@ForAll @Size(max = 64) byte[] in) {
        byte[] coded = encode(in);
        byte[] prefix = new byte[4];
        int n = ZeroCoding.expandPrefix(coded, 0, coded.length, prefix, 4);
        assertThat(n).isEqualTo(Math.min(4, in.length));
        assertThat(Arrays.copyOf(prefix, n)).isEqualTo(Arrays.copyOf(in, n));
    }
}
