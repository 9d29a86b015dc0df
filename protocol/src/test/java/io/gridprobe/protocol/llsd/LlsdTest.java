package io.gridprobe.protocol.llsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LlsdTest {
    @Test
    void deepEqualsComparesStructurally() {
        Map<String, Object> a = Llsd.mapOf("b", new byte[] {1, 2}, "n", Double.NaN, "l", Llsd.arrayOf(1, null));
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("l", List.of(1, "x").subList(0, 1));
        b.put("n", Double.NaN);
        b.put("b", new byte[] {1, 2});
        assertThat(Llsd.deepEquals(a, b)).isFalse();
        ((Map<String, Object>) b).put("l", Llsd.arrayOf(1, null));
        assertThat(Llsd.deepEquals(a, b)).isTrue();
        assertThat(Llsd.deepEquals(0.0, -0.0)).isFalse();
        assertThat(Llsd.deepEquals(1, 1.0)).isFalse();
        assertThat(Llsd.deepEquals(null, null)).isTrue();
        assertThat(Llsd.deepEquals(Llsd.mapOf("a", null), Llsd.mapOf("b", null))).isFalse();
    }

    @Test
    void accessorsReturnTypedValuesOrTypedErrors() {
        Object v = LlsdXml.parse("<llsd><map><key>id</key><integer>7</integer><key>s</key><string>x</string></map></llsd>");
        assertThat(Llsd.integer(Llsd.required(v, "id"))).isEqualTo(7);
        assertThat(Llsd.string(Llsd.map(v).get("s"))).isEqualTo("x");
        assertThatThrownBy(() -> Llsd.string(Llsd.required(v, "id")))
                .isInstanceOf(LlsdTypeException.class).hasMessage("expected LLSD string but got integer");
        assertThatThrownBy(() -> Llsd.required(v, "nope")).isInstanceOf(LlsdTypeException.class)
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> Llsd.array(null)).isInstanceOf(LlsdTypeException.class)
                .hasMessageContaining("undef");
    }

    @Test
    void mapOfAllowsUndefAndChecksPairs() {
        assertThat(Llsd.mapOf("ack", null, "done", false)).containsEntry("ack", null).containsEntry("done", false);
        assertThatThrownBy(() -> Llsd.mapOf("a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Llsd.mapOf(1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formattersRefuseCyclesInsteadOfOverflowing() {
        List<Object> loop = Llsd.arrayOf();
        loop.add(loop);
        assertThatThrownBy(() -> LlsdXml.format(loop)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LlsdBinary.format(loop)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LlsdNotation.format(loop)).isInstanceOf(IllegalArgumentException.class);
    }
}
