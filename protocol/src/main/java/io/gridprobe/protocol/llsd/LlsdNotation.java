package io.gridprobe.protocol.llsd;

import io.gridprobe.protocol.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The LLSD notation serialisation ({@code {'key':i1,'list':[r1.5,u...,'text']}}). Login responses embed
 * fragments of it ({@code look_at = "[r0,r1,r0]"}), and it is a compact debug form for any value.
 *
 * <p>The formatter writes ASCII only: non-printable and non-ASCII characters become {@code \xHH} escapes of
 * their UTF-8 bytes, as the viewer does, so the output survives any transport.
 */
public final class LlsdNotation {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private LlsdNotation() {
    }

    public static Object parse(String text) {
        return parse(text, ParseLimits.DEFAULT);
    }

    public static Object parse(byte[] data) {
        return parse(data, ParseLimits.DEFAULT);
    }

    public static Object parse(String text, ParseLimits limits) {
        if (limits.tooLarge(text.length())) {
            throw new LlsdParseException("LLSD notation too large: " + text.length() + " chars > " + limits.maxInputBytes());
        }
        return parse(text.getBytes(StandardCharsets.UTF_8), limits);
    }

    /** @throws LlsdParseException for malformed or over-limit input */
    public static Object parse(byte[] data, ParseLimits limits) {
        if (limits.tooLarge(data.length)) {
            throw new LlsdParseException("LLSD notation too large: " + data.length + " bytes > " + limits.maxInputBytes());
        }
        try {
            return new NotationLlsdReader(data, limits).readDocument();
        } catch (ProtocolException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new LlsdParseException("malformed LLSD notation: " + e, e);
        }
    }

    public static String format(Object value) {
        StringBuilder out = new StringBuilder(64);
        write(out, value, 0);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value, int depth) {
        switch (LlsdType.of(value)) {
            case UNDEF -> out.append('!');
            case BOOLEAN -> out.append((Boolean) value ? "true" : "false");
            case INTEGER -> out.append('i').append(value);
            case REAL -> out.append('r').append(LlsdText.formatReal((Double) value));
            case STRING -> quoted(out, '\'', (String) value);
            case UUID -> out.append('u').append(value);
            case DATE -> out.append('d').append('"').append(LlsdText.formatDate((Instant) value)).append('"');
            case URI -> {
                out.append('l');
                quoted(out, '"', value.toString());
            }
            case BINARY -> out.append("b64\"").append(LlsdText.encodeBase64((byte[]) value)).append('"');
            case MAP -> {
                FormatDepth.check(depth + 1);
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    quoted(out, '\'', FormatDepth.key(e.getKey()));
                    out.append(':');
                    write(out, e.getValue(), depth + 1);
                }
                out.append('}');
            }
            case ARRAY -> {
                FormatDepth.check(depth + 1);
                out.append('[');
                boolean first = true;
                for (Object item : (List<?>) value) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(out, item, depth + 1);
                }
                out.append(']');
            }
        }
    }

    private static void quoted(StringBuilder out, char quote, String s) {
        out.append(quote);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c >= 0x20 && c < 0x7f) {
                out.append((char) c);
            } else {
                out.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        out.append(quote);
    }
}
