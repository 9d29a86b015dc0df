package io.gridprobe.protocol.llsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LlsdBinaryFieldsTest {
    private static byte[] b64(String s) {
        return Base64.getDecoder().decode(s);
    }

    @Test
    void decodesTheValuesOpenSimSends() throws Exception {
        long handle = LlsdBinaryFields.regionHandle(b64("AAPpAAAD6AA="));
        assertThat(LlsdBinaryFields.regionX(handle)).isEqualTo(1001 * 256);
        assertThat(LlsdBinaryFields.regionY(handle)).isEqualTo(1000 * 256);
        assertThat(handle).isEqualTo(LlsdBinaryFields.regionHandle(256256, 256000));
        assertThat(LlsdBinaryFields.ipv4(b64("fwAAAQ=="))).isEqualTo(InetAddress.getByName("127.0.0.1"));
        assertThat(LlsdBinaryFields.ipv4String(b64("fwAAAQ=="))).isEqualTo("127.0.0.1");
        assertThat(LlsdBinaryFields.u32(b64("AAABAA=="))).isEqualTo(256);
        assertThat(LlsdBinaryFields.u32(b64("AAhgAw=="))).isEqualTo(0x86003);
        assertThat(LlsdBinaryFields.u32(b64("oOK0wA=="))).isEqualTo(0xa0e2b4c0L);
        assertThat(LlsdBinaryFields.port(9001)).isEqualTo(9001);
        assertThat(LlsdBinaryFields.port(new byte[] {0x23, 0x29})).isEqualTo(9001);
    }

    @Test
    void encodesBothDirections() {
        assertThat(LlsdBinaryFields.encodeRegionHandle(256256, 256000)).isEqualTo(b64("AAPpAAAD6AA="));
        assertThat(LlsdBinaryFields.encodeIpv4("127.0.0.1")).isEqualTo(b64("fwAAAQ=="));
        assertThat(LlsdBinaryFields.encodeU32(0xa0e2b4c0L)).isEqualTo(b64("oOK0wA=="));
        assertThat(LlsdBinaryFields.u64(LlsdBinaryFields.encodeU64(-2L))).isEqualTo(-2L);
        assertThat(LlsdBinaryFields.u16(LlsdBinaryFields.encodeU16(65535))).isEqualTo(65535);
        assertThatThrownBy(() -> LlsdBinaryFields.encodeU32(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LlsdBinaryFields.encodeIpv4("localhost")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LlsdBinaryFields.encodeIpv4("1.2.3.256")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wrongTypeOrLengthIsATypedError() {
        assertThatThrownBy(() -> LlsdBinaryFields.regionHandle(new byte[4])).isInstanceOf(LlsdTypeException.class)
                .hasMessageContaining("8-byte");
        assertThatThrownBy(() -> LlsdBinaryFields.ipv4("127.0.0.1")).isInstanceOf(LlsdTypeException.class);
        assertThatThrownBy(() -> LlsdBinaryFields.port(70000)).isInstanceOf(LlsdTypeException.class);
    }
}
