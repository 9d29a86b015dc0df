package io.gridprobe.protocol.llsd;

import io.gridprobe.protocol.ProtocolException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The binary LLSD serialisation: one marker byte per value, big-endian numbers and lengths, except
 * dates, which are a little-endian double of seconds since the epoch (the viewer writes the host-order
 * double without conversion; LibreMetaverse and OpenSim follow it). Dates keep millisecond precision.
 */
public final class LlsdBinary {
    /** Optional header the viewer puts before binary LLSD. */
    public static final String HEADER = "<? LLSD/Binary ?>\n";

    private LlsdBinary() {
    }

    public static Object parse(byte[] data) {
        return parse(data, ParseLimits.DEFAULT);
    }

    /** Parses with or without the {@link #HEADER}. @throws LlsdParseException for malformed or over-limit input */
    public static Object parse(byte[] data, ParseLimits limits) {
        if (limits.tooLarge(data.length)) {
            throw new LlsdParseException("binary LLSD too large: " + data.length + " bytes > " + limits.maxInputBytes());
        }
        try {
            return new BinaryLlsdReader(data, headerLength(data), limits).readDocument();
        } catch (ProtocolException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new LlsdParseException("malformed binary LLSD: " + e, e);
        }
    }

    /** Length of a leading {@code <? LLSD/Binary ?>} header and its line break, 0 when there is none. */
    private static int headerLength(byte[] data) {
        if (data.length < 2 || data[0] != '<' || data[1] != '?') {
            return 0;
        }
        int limit = Math.min(data.length, 64);
        for (int i = 2; i + 1 < limit; i++) {
            if (data[i] == '?' && data[i + 1] == '>') {
                String header = new String(data, 0, i + 2, StandardCharsets.US_ASCII);
                if (!header.replace(" ", "").equalsIgnoreCase("<?llsd/binary?>")) {
                    throw new LlsdParseException("unexpected binary LLSD header: " + header);
                }
                int end = i + 2;
                if (end < data.length && data[end] == '\r') {
                    end++;
                }
                if (end < data.length && data[end] == '\n') {
                    end++;
                }
                return end;
            }
        }
        throw new LlsdParseException("unterminated binary LLSD header");
    }

    public static byte[] format(Object value) {
        Writer w = new Writer();
        w.value(value, 0);
        return w.toByteArray();
    }

    public static byte[] formatWithHeader(Object value) {
        Writer w = new Writer();
        w.writeBytes(HEADER.getBytes(StandardCharsets.US_ASCII));
        w.value(value, 0);
        return w.toByteArray();
    }

    private static final class Writer extends ByteArrayOutputStream {
        private final ByteBuffer scratch = ByteBuffer.allocate(16);

        void value(Object value, int depth) {
            switch (LlsdType.of(value)) {
                case UNDEF -> write('!');
                case BOOLEAN -> write((Boolean) value ? '1' : '0');
                case INTEGER -> {
                    write('i');
                    number(scratch.clear().order(ByteOrder.BIG_ENDIAN).putInt((Integer) value));
                }
                case REAL -> {
                    write('r');
                    number(scratch.clear().order(ByteOrder.BIG_ENDIAN).putDouble((Double) value));
                }
                case STRING -> text('s', (String) value);
                case UUID -> {
                    UUID u = (UUID) value;
                    write('u');
                    number(scratch.clear().order(ByteOrder.BIG_ENDIAN)
                            .putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()));
                }
                case DATE -> {
                    Instant t = (Instant) value;
                    write('d');
                    double seconds = t.getEpochSecond() + t.getNano() / 1e9;
                    number(scratch.clear().order(ByteOrder.LITTLE_ENDIAN).putDouble(seconds));
                }
                case URI -> text('l', value.toString());
                case BINARY -> {
                    write('b');
                    sized((byte[]) value);
                }
                case MAP -> {
                    FormatDepth.check(depth + 1);
                    Map<?, ?> map = (Map<?, ?>) value;
                    write('{');
                    count(map.size());
                    for (Map.Entry<?, ?> e : map.entrySet()) {
                        text('k', FormatDepth.key(e.getKey()));
                        value(e.getValue(), depth + 1);
                    }
                    write('}');
                }
                case ARRAY -> {
                    FormatDepth.check(depth + 1);
                    List<?> list = (List<?>) value;
                    write('[');
                    count(list.size());
                    for (Object item : list) {
                        value(item, depth + 1);
                    }
                    write(']');
                }
            }
        }

        private void text(char marker, String s) {
            write(marker);
            sized(s.getBytes(StandardCharsets.UTF_8));
        }

        private void sized(byte[] bytes) {
            count(bytes.length);
            writeBytes(bytes);
        }

        private void count(int n) {
            number(scratch.clear().order(ByteOrder.BIG_ENDIAN).putInt(n));
        }

        private void number(ByteBuffer filled) {
            write(filled.array(), 0, filled.position());
        }
    }
}
