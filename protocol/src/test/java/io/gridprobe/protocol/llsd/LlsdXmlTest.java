package io.gridprobe.protocol.llsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LlsdXmlTest {
    @Test
    void emptyElementsMeanTheTypeDefault() {
        Object v = LlsdXml.parse("<llsd><array><undef/><boolean/><integer/><real/><string/><uuid/><date/>"
                + "<uri/><binary/><map/><array/><integer /><uuid /></array></llsd>");
        assertThat(Llsd.deepEquals(v, Llsd.arrayOf(null, false, 0, 0.0, "", Llsd.ZERO_UUID, Instant.EPOCH,
                URI.create(""), new byte[0], Map.of(), List.of(), 0, Llsd.ZERO_UUID))).isTrue();
    }

    @Test
    void acceptsXmlDeclarationWhitespaceAndComments() {
        String doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<llsd>\n <!-- c -->\n <map>\n"
                + "  <key>a</key>\n  <integer> 42 </integer>\n </map>\n</llsd>\n";
        assertThat(LlsdXml.parse(doc)).isEqualTo(Map.of("a", 42));
    }

    @Test
    void toleratesWhitespaceBeforeTheDeclaration() {
        String doc = "\n  <?xml version=\"1.0\"?><llsd><integer>1</integer></llsd>";
        assertThat(LlsdXml.parse(doc)).isEqualTo(1);
        assertThat(LlsdXml.parse(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(1);
    }

    @Test
    void emptyLlsdIsUndef() {
        assertThat(LlsdXml.parse("<llsd/>")).isNull();
        assertThat(LlsdXml.parse("<llsd></llsd>")).isNull();
    }

    @Test
    void keepsKeyOrder() {
        Map<String, Object> m = Llsd.map(LlsdXml.parse(
                "<llsd><map><key>z</key><integer>1</integer><key>a</key><integer>2</integer>"
                        + "<key>m</key><integer>3</integer></map></llsd>"));
        assertThat(m.keySet()).containsExactly("z", "a", "m");
    }

    @Test
    void binaryInBase64AndBase16() {
        Object v = LlsdXml.parse("<llsd><array><binary>AAPp\nAAAD6AA=</binary>"
                + "<binary encoding=\"base64\">fwAAAQ==</binary>"
                + "<binary encoding=\"base16\">7F00 0001</binary></array></llsd>");
        List<Object> a = Llsd.array(v);
        assertThat((byte[]) a.get(0)).containsExactly(0, 3, 0xe9, 0, 0, 3, 0xe8, 0);
        assertThat((byte[]) a.get(1)).containsExactly(0x7f, 0, 0, 1);
        assertThat((byte[]) a.get(2)).containsExactly(0x7f, 0, 0, 1);
    }

    @Test
    void realSpellingsIncludingNanAndInfinity() {
        List<Object> a = Llsd.array(LlsdXml.parse("<llsd><array><real>nan</real><real>NaN</real><real>inf</real>"
                + "<real>-Infinity</real><real>INF</real><real>-6.6666667407844216E-05</real><real>1.5</real>"
                + "</array></llsd>"));
        assertThat(a).containsExactly(Double.NaN, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, -6.6666667407844216E-05, 1.5);
    }

    @Test
    void scalarsFromText() {
        List<Object> a = Llsd.array(LlsdXml.parse("<llsd><array><boolean>true</boolean><boolean>1</boolean>"
                + "<boolean>false</boolean><integer>-7</integer><integer>4294967295</integer>"
                + "<uuid>6F1A0B52-0000-4000-8000-000000000003</uuid><date>2026-11-25T12:05:27Z</date>"
                + "<date>2006-02-01T14:29:53.43Z</date><uri>http://127.0.0.1:9000/CAPS/x/</uri>"
                + "<string> keep  spaces &amp; &lt;escapes&gt; </string></array></llsd>"));
        assertThat(a).containsExactly(true, true, false, -7, -1,
                UUID.fromString("6f1a0b52-0000-4000-8000-000000000003"), Instant.parse("2026-11-25T12:05:27Z"),
                Instant.parse("2006-02-01T14:29:53.430Z"), URI.create("http://127.0.0.1:9000/CAPS/x/"),
                " keep  spaces & <escapes> ");
    }

    @Test
    void formatsEscapingAndPreservingCarriageReturns() {
        String s = "a<b>&c\r\nd\t\"'\uD83D\uDE00";
        String xml = LlsdXml.format(Llsd.mapOf("k<", s));
        assertThat(xml).startsWith("<llsd><map><key>k&lt;</key><string>").endsWith("</string></map></llsd>");
        assertThat(LlsdXml.parse(xml)).isEqualTo(Map.of("k<", s));
    }

    @Test
    void formatRefusesWhatXmlCannotCarry() {
        assertThatThrownBy(() -> LlsdXml.format("bell\u0007")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LlsdXml.format("lone\uD800")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LlsdXml.format(5L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Long");
    }

    @Test
    void formatsRealsCompactly() {
        assertThat(LlsdXml.format(Llsd.arrayOf(0.0, 1.0, -0.0, 0.5, Double.NaN, Double.NEGATIVE_INFINITY)))
                .isEqualTo("<llsd><array><real>0</real><real>1</real><real>-0</real><real>0.5</real>"
                        + "<real>NaN</real><real>-Infinity</real></array></llsd>");
    }

    @Test
    void malformedDocumentsGiveTypedErrors() {
        for (String bad : List.of("", "<notllsd/>", "<llsd><integer>x</integer></llsd>",
                "<llsd><map><integer>1</integer></map></llsd>", "<llsd><map><key>a</key></map></llsd>",
                "<llsd><foo/></llsd>", "<llsd><integer>1</integer><integer>2</integer></llsd>",
                "<llsd><uuid>1-2-3-4-5</uuid></llsd>", "<llsd><binary encoding=\"base85\">x</binary></llsd>",
                "<llsd><binary>!!!</binary></llsd>", "<llsd><array><integer>1</integer>",
                "<llsd><integer>99999999999</integer></llsd>", "<llsd><real>1d</real></llsd>",
                "<llsd><map><key>a</key><integer>1</integer></map></llsd>trailing")) {
            assertThatThrownBy(() -> LlsdXml.parse(bad)).as(bad).isInstanceOf(LlsdParseException.class);
        }
    }

    @Test
    void bytesAndStringInputAgree() {
        String doc = "<llsd><string>h\u00e9llo \u4e16\u754c</string></llsd>";
        assertThat(LlsdXml.parse(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(LlsdXml.parse(doc));
    }
}
