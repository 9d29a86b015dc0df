package io.gridprobe.protocol.caps;

import io.gridprobe.protocol.llsd.LlsdBinary;
import io.gridprobe.protocol.llsd.LlsdNotation;
import io.gridprobe.protocol.llsd.LlsdParseException;
import io.gridprobe.protocol.llsd.LlsdXml;

/**
 * Reads an LLSD body by looking at it, not at its Content-Type: OpenSim labels LLSD XML {@code text/html} (without
 * an XML declaration) and other servers send {@code application/xml} or {@code text/plain} for any of the three
 * serialisations.
 */
public final class LlsdBodies {
    /** A body's serialisation as far as its first bytes tell. */
    public enum Format { EMPTY, XML, BINARY, NOTATION }

    private static final byte[] BINARY_HEADER = "<? LLSD/Binary ?>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private LlsdBodies() {
    }

    public static Format sniff(byte[] body) {
        int i = firstSignificant(body);
        if (i >= body.length) {
            return Format.EMPTY;
        }
        if (startsWith(body, i, BINARY_HEADER)) {
            return Format.BINARY;
        }
        if (body[i] == '<') {
            return Format.XML; // <?xml ...?>, <llsd>, or some HTML error page the XML parser will reject clearly
        }
        return Format.NOTATION;
    }

    /** Parses whatever LLSD serialisation the body is in; an empty body is undef ({@code null}). */
    public static Object parse(byte[] body) {
        return switch (sniff(body)) {
            case EMPTY -> null;
            case XML -> LlsdXml.parse(stripLeading(body));
            case BINARY -> LlsdBinary.parse(stripLeading(body));
            case NOTATION -> LlsdNotation.parse(stripLeading(body));
        };
    }

    /** {@link #parse} when the body is LLSD, the bytes themselves when it is not (an asset, a plain-text answer). */
    public static Object parseOrRaw(byte[] body) {
        Format f = sniff(body);
        if (f == Format.NOTATION) {
            try {
                return LlsdNotation.parse(stripLeading(body));
            } catch (LlsdParseException notLlsd) {
                return body;
            }
        }
        return parse(body);
    }

    /** Skips a UTF-8 byte-order mark and leading whitespace. */
    private static int firstSignificant(byte[] b) {
        int i = 0;
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return i;
    }

    private static byte[] stripLeading(byte[] b) {
        int i = firstSignificant(b);
        return i == 0 ? b : java.util.Arrays.copyOfRange(b, i, b.length);
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        if (b.length - at < prefix.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (b[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }
}
