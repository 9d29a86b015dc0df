package io.gridprobe.protocol.llsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Untrusted LLSD must produce {@link LlsdParseException}: no file reads, no OOM, no stack overflow. */
public class HostileInputTest {
    public static final String XXE = "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n";

    public static final String BILLION_LAUGHS = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n"
            + " <!ENTITY lol \"lol\">\n"
            + " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
            + " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
            + " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
            + " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
            + " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
            + " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
            + " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
            + " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
            + " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
            + "]>\n";

    /** Every message in the cause chain; none may quote the file an XXE payload points at. */
    public static String allMessages(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            b.append(c).append('\n');
        }
        return b.toString();
    }

    @Test
    void externalEntityIsRefusedAndNothingIsRead() {
        for (String doc : List.of(XXE + "<llsd><string>&e;</string></llsd>", XXE + "<llsd><undef/></llsd>",
                "<!DOCTYPE llsd SYSTEM \"file:///etc/passwd\"><llsd/>")) {
            Throwable t = catchParse(() -> LlsdXml.parse(doc.getBytes(StandardCharsets.UTF_8)));
            assertThat(t).isInstanceOf(LlsdParseException.class);
            assertThat(allMessages(t)).doesNotContain("root:").containsIgnoringCase("DOCTYPE");
            assertThat(catchParse(() -> LlsdXml.parse(doc))).isInstanceOf(LlsdParseException.class);
        }
    }

    @Test
    void billionLaughsIsRefused() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> LlsdXml.parse(BILLION_LAUGHS + "<llsd><string>&lol9;</string></llsd>"))
                .isInstanceOf(LlsdParseException.class);
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @Test
    void undeclaredEntityIsAnError() {
        assertThatThrownBy(() -> LlsdXml.parse("<llsd><string>&e;</string></llsd>"))
                .isInstanceOf(LlsdParseException.class);
    }

    @Test
    void deepNestingIsCappedInEveryFormat() {
        int n = 100_000;
        String xml = "<llsd>" + "<array>".repeat(n) + "</array>".repeat(n) + "</llsd>";
        assertThatThrownBy(() -> LlsdXml.parse(xml)).isInstanceOf(LlsdParseException.class)
                .hasMessageContaining("nesting");
        String xmlMaps = "<llsd>" + "<map><key>k</key>".repeat(n) + "<undef/>" + "</map>".repeat(n) + "</llsd>";
        assertThatThrownBy(() -> LlsdXml.parse(xmlMaps)).isInstanceOf(LlsdParseException.class);

        ByteArrayOutputStream bin = new ByteArrayOutputStream();
        for (int i = 0; i < n; i++) {
            bin.writeBytes(new byte[] {'[', 0, 0, 0, 1});
        }
        assertThatThrownBy(() -> LlsdBinary.parse(bin.toByteArray())).isInstanceOf(LlsdParseException.class)
                .hasMessageContaining("nesting");

        assertThatThrownBy(() -> LlsdNotation.parse("[".repeat(n))).isInstanceOf(LlsdParseException.class)
                .hasMessageContaining("nesting");
        assertThatThrownBy(() -> LlsdNotation.parse("{'a':".repeat(n))).isInstanceOf(LlsdParseException.class);
    }

    @Test
    void depthLimitIsConfigurable() {
        ParseLimits shallow = new ParseLimits(1 << 20, 2);
        assertThat(LlsdNotation.parse("[[i1]]", shallow)).isEqualTo(List.of(List.of(1)));
        assertThatThrownBy(() -> LlsdNotation.parse("[[[i1]]]", shallow)).isInstanceOf(LlsdParseException.class);
        assertThatThrownBy(() -> LlsdXml.parse("<llsd><array><array><array/></array></array></llsd>", shallow))
                .isInstanceOf(LlsdParseException.class);
    }

    @Test
    void inputSizeIsCapped() {
        ParseLimits small = new ParseLimits(64, 16);
        String big = "<llsd><string>" + "x".repeat(100) + "</string></llsd>";
        assertThatThrownBy(() -> LlsdXml.parse(big, small)).isInstanceOf(LlsdParseException.class)
                .hasMessageContaining("too large");
        assertThatThrownBy(() -> LlsdXml.parse(big.getBytes(StandardCharsets.UTF_8), small))
                .isInstanceOf(LlsdParseException.class);
        assertThatThrownBy(() -> LlsdBinary.parse(LlsdBinary.format("x".repeat(100)), small))
                .isInstanceOf(LlsdParseException.class);
        assertThatThrownBy(() -> LlsdNotation.parse("'" + "x".repeat(100) + "'", small))
                .isInstanceOf(LlsdParseException.class);
    }

    @Test
    void lyingNotationLengthsFailFast() {
        assertThatThrownBy(() -> LlsdNotation.parse("s(2147483647)\"abc\"")).isInstanceOf(LlsdParseException.class);
        assertThatThrownBy(() -> LlsdNotation.parse("b(99999999999)\"abc\"")).isInstanceOf(LlsdParseException.class);
    }

    @Test
    void truncatedTextFormatsFail() {
        String xml = LlsdXml.format(Llsd.mapOf("a", Llsd.arrayOf(1, "two", 3.5, null)));
        String notation = LlsdNotation.format(Llsd.mapOf("a", Llsd.arrayOf(1, "two", 3.5, null)));
        for (int cut = 0; cut < xml.length(); cut++) {
            String part = xml.substring(0, cut);
            assertThatThrownBy(() -> LlsdXml.parse(part)).as(part).isInstanceOf(LlsdParseException.class);
        }
        for (int cut = 0; cut < notation.length(); cut++) {
            String part = notation.substring(0, cut);
            assertThatThrownBy(() -> LlsdNotation.parse(part)).as(part).isInstanceOf(LlsdParseException.class);
        }
    }

    private static Throwable catchParse(Runnable r) {
        try {
            r.run();
            return null;
        } catch (Throwable t) {
            return t;
        }
    }
}
