package io.gridprobe.protocol.llsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LlsdBinaryTest {
    private static byte[] hex(String h) {
        return HexFormat.of().parseHex(h.replace(" ", ""));
    }

    @Test
    void encodesEachMarkerAsTheViewerDoes() {
        Map<String, Object> m = Llsd.mapOf("a", 1, "b", null);
        assertThat(LlsdBinary.format(m)).isEqualTo(hex(
                "7b 00000002 6b 00000001 61 69 00000001 6b 00000001 62 21 7d"));
        assertThat(LlsdBinary.format(Llsd.arrayOf(true, false, 1.5, "hi")))
                .isEqualTo(hex("5b 00000004 31 30 72 3ff8000000000000 73 00000002 6869 5d"));
        assertThat(LlsdBinary.format(UUID.fromString("6f1a0b52-0000-4000-8000-000000000003")))
                .isEqualTo(hex("75 6f1a0b52000040008000000000000003"));
        assertThat(LlsdBinary.format(URI.create("http://x/"))).isEqualTo(hex("6c 00000009 687474703a2f2f782f"));
        assertThat(LlsdBinary.format(new byte[] {1, 2})).isEqualTo(hex("62 00000002 0102"));
    }

    @Test
    void datesAreLittleEndianSeconds() {
        byte[] encoded = LlsdBinary.format(Instant.parse("2026-11-25T12:05:27.250Z"));
        assertThat(encoded[0]).isEqualTo((byte) 'd');
        double seconds = ByteBuffer.wrap(encoded, 1, 8).order(ByteOrder.LITTLE_ENDIAN).getDouble();
        assertThat(seconds).isEqualTo(Instant.parse("2026-11-25T12:05:27Z").getEpochSecond() + 0.25);
        assertThat(LlsdBinary.parse(encoded)).isEqualTo(Instant.parse("2026-11-25T12:05:27.250Z"));
    }

    @Test
    void parsesWithAndWithoutHeader() {
        Object v = Llsd.mapOf("x", Llsd.arrayOf(1, "two", 3.0));
        byte[] withHeader = LlsdBinary.formatWithHeader(v);
        assertThat(new String(withHeader, 0, LlsdBinary.HEADER.length(), StandardCharsets.US_ASCII))
                .isEqualTo("<? LLSD/Binary ?>\n");
        assertThat(Llsd.deepEquals(LlsdBinary.parse(withHeader), v)).isTrue();
        assertThat(Llsd.deepEquals(LlsdBinary.parse(LlsdBinary.format(v)), v)).isTrue();
        byte[] compact = concat("<?llsd/binary?>".getBytes(StandardCharsets.US_ASCII), LlsdBinary.format(v));
        assertThat(Llsd.deepEquals(LlsdBinary.parse(compact), v)).isTrue();
    }

    @Test
    void lyingCountsFailFastWithoutAllocating() {
        for (String h : new String[] {"5b7fffffff", "7b7fffffff", "7bffffffff6b", "737fffffff41",
                "627fffffff", "6c7fffffff", "5b7fffffff21212121", "7b00000001 6b7fffffff"}) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> LlsdBinary.parse(hex(h))).as(h).isInstanceOf(LlsdParseException.class);
            assertThat(System.nanoTime() - start).as(h).isLessThan(1_000_000_000L);
        }
    }

    @Test
    void truncatedInputFailsAtEveryCut() {
        byte[] full = LlsdBinary.formatWithHeader(Llsd.mapOf("k", Llsd.arrayOf(1, 2.5, "s",
                UUID.randomUUID(), Instant.EPOCH, URI.create("u:x"), new byte[] {9}, true, null)));
        for (int cut = 0; cut < full.length; cut++) {
            byte[] part = java.util.Arrays.copyOf(full, cut);
            assertThatThrownBy(() -> LlsdBinary.parse(part)).as("cut at " + cut).isInstanceOf(LlsdParseException.class);
        }
    }

    @Test
    void rejectsUnknownMarkersTrailingBytesAndBadUtf8() {
        assertThatThrownBy(() -> LlsdBinary.parse(hex("7a"))).isInstanceOf(LlsdParseException.class)
                .hasMessageContaining("0x7a");
        assertThatThrownBy(() -> LlsdBinary.parse(hex("2121"))).isInstanceOf(LlsdParseException.class);
        assertThatThrownBy(() -> LlsdBinary.parse(hex("73 00000001 ff"))).isInstanceOf(LlsdParseException.class);
        assertThatThrownBy(() -> LlsdBinary.parse(hex("7b 00000001 73 00000001 61 21 7d")))
                .isInstanceOf(LlsdParseException.class).hasMessageContaining("'k'");
        assertThat(LlsdBinary.parse(hex("21 0a"))).isNull();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
