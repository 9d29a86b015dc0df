package io.gridprobe.protocol.llsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LlsdNotationTest {
    @Test
    void parsesEveryScalarForm() {
        List<Object> a = Llsd.array(LlsdNotation.parse("[!, 1, 0, true, false, t, f, TRUE, F, i123, i-4, r1.5,"
                + " r-2e3, rnan, u6f1a0b52-0000-4000-8000-000000000003, 'single', \"double\", s(6)\"a'b\\\"c\","
                + " l\"http://127.0.0.1:9000/\", d\"2006-02-01T14:29:53.43Z\", b64\"AQI=\", b16\"0A0b\","
                + " b(3)\"x\"y\"]"));
        assertThat(a.subList(0, 11)).containsExactly(null, true, false, true, false, true, false, true, false, 123, -4);
        assertThat(a.subList(11, 14)).containsExactly(1.5, -2000.0, Double.NaN);
        assertThat(a.get(14)).isEqualTo(UUID.fromString("6f1a0b52-0000-4000-8000-000000000003"));
        assertThat(a.subList(15, 17)).containsExactly("single", "double");
        assertThat(a.get(17)).isEqualTo("a'b\\\"c");
        assertThat(a.get(18)).isEqualTo(URI.create("http://127.0.0.1:9000/"));
        assertThat(a.get(19)).isEqualTo(Instant.parse("2006-02-01T14:29:53.430Z"));
        assertThat((byte[]) a.get(20)).containsExactly(1, 2);
        assertThat((byte[]) a.get(21)).containsExactly(10, 11);
        assertThat((byte[]) a.get(22)).containsExactly('x', '"', 'y');
    }

    @Test
    void rawSizedStringCountsBytes() {
        assertThat(LlsdNotation.parse("s(5)\"a'b\\c\"")).isEqualTo("a'b\\c");
        assertThat(LlsdNotation.parse("s(2)'\u00e9'")).isEqualTo("\u00e9");
    }

    @Test
    void escapesInQuotedStrings() {
        assertThat(LlsdNotation.parse("'a\\'b\\\\c\\n\\t\\x41\\xc3\\xa9\\q'")).isEqualTo("a'b\\c\n\tA\u00e9q");
    }

    @Test
    void loginLookAtAndHomeStrings() {
        assertThat(LlsdNotation.parse("[r0.99,r0.1,r0]")).isEqualTo(List.of(0.99, 0.1, 0.0));
        Map<String, Object> home = Llsd.map(LlsdNotation.parse(
                "{'region_handle':[r256000,r256000], 'position':[r128,r128,r0], 'look_at':[r0,r1,r0]}"));
        assertThat(home.get("region_handle")).isEqualTo(List.of(256000.0, 256000.0));
        assertThat(home.keySet()).containsExactly("region_handle", "position", "look_at");
    }

    @Test
    void formatsAsciiOnlyWithEscapes() {
        String text = LlsdNotation.format(Llsd.mapOf("k'", "\u00e9\n\u0001", "n", null, "b", new byte[] {1},
                "r", 1.0, "d", Instant.EPOCH, "l", URI.create("http://x/?a=%22")));
        assertThat(text).isEqualTo("{'k\\'':'\\xc3\\xa9\\n\\x01','n':!,'b':b64\"AQ==\",'r':r1,"
                + "'d':d\"1970-01-01T00:00:00Z\",'l':l\"http://x/?a=%22\"}");
        assertThat(text.chars().allMatch(c -> c < 0x7f)).isTrue();
    }

    @Test
    void mapKeysMayBeSized() {
        assertThat(LlsdNotation.parse("{s(1)\"a\":i1, \"b\" : i2}")).isEqualTo(Map.of("a", 1, "b", 2));
    }

    @Test
    void malformedInputGivesTypedErrors() {
        for (String bad : List.of("", "[", "[i1", "[i1,", "{'a'}", "{'a':}", "{'a' i1}", "'unterminated", "i",
                "ix", "rfoo", "u1234", "b64\"!!\"", "b16\"abc\"", "b99", "s(10)\"abc\"", "s(x)\"\"", "d\"yesterday\"",
                "l\"bad uri\"", "?", "i1 i2", "'\\x4'", "[i1;i2]")) {
            assertThatThrownBy(() -> LlsdNotation.parse(bad)).as(bad).isInstanceOf(LlsdParseException.class);
        }
    }
}
