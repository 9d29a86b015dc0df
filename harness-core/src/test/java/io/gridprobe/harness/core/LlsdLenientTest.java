package io.gridprobe.harness.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.protocol.llsd.Llsd;
import io.gridprobe.protocol.llsd.LlsdBinaryFields;
import io.gridprobe.protocol.llsd.LlsdXml;
import io.gridprobe.protocol.types.Vector3;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Event bodies as grids really type them read the same way, and odd or missing fields read as defaults. */
class LlsdLenientTest {
    @Test
    void powersAndFlagsReadAlikeAsBinaryIntegerOrString() {
        long powers = (1L << 51) | (1L << 16) | 2;
        Map<String, Object> m = Llsd.mapOf("bin", LlsdBinaryFields.encodeU64(powers), "int", -1, "str", "12345",
                "flags", LlsdBinaryFields.encodeU32(0x2800204BL));
        assertThat(LlsdLenient.bits(m, "bin")).isEqualTo(powers);
        assertThat(LlsdLenient.bits(m, "int")).as("unsigned").isEqualTo(0xFFFF_FFFFL);
        assertThat(LlsdLenient.bits(m, "str")).isEqualTo(12345L);
        assertThat(LlsdLenient.bits(m, "flags")).isEqualTo(0x2800204BL);
        assertThat(LlsdLenient.bits(m, "missing")).isZero();
    }

    @Test
    void emptyElementsAndWrongTypesReadAsDefaults() {
        // OpenSim writes defaults as empty elements: <integer />, <uuid />, <string />
        Map<String, Object> m = Llsd.map(LlsdXml.parse("<llsd><map><key>n</key><integer /><key>id</key><uuid />"
                + "<key>s</key><string /><key>b</key><integer>1</integer><key>v</key><array><real>1</real>"
                + "<real>2</real><real>3</real></array><key>odd</key><real>2.5</real></map></llsd>"));
        assertThat(LlsdLenient.integer(m, "n")).isZero();
        assertThat(LlsdLenient.uuid(m, "id")).isEqualTo(new UUID(0, 0));
        assertThat(LlsdLenient.string(m, "s")).isEmpty();
        assertThat(LlsdLenient.bool(m, "b")).as("a boolean sent as an integer").isTrue();
        assertThat(LlsdLenient.vector(m, "v")).isEqualTo(new Vector3(1, 2, 3));
        assertThat(LlsdLenient.uuid(m, "odd")).isEqualTo(new UUID(0, 0));
        assertThat(LlsdLenient.firstBlock(m, "absent")).isEmpty();
        assertThat(LlsdLenient.blocks(m, "odd")).isEmpty();
    }
}
