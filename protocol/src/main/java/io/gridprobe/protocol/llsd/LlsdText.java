package io.gridprobe.protocol.llsd;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/** Text forms of LLSD scalars shared by the XML and notation codecs, with LLSD's "empty means default" rule. */
final class LlsdText {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,10}");
    private static final long U32_MAX = 0xFFFF_FFFFL;

    private LlsdText() {
    }

    /** Integer text; values in (2^31, 2^32) wrap, because some servers print U32 fields as {@code <integer>}. */
    static int parseInteger(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return 0;
        }
        if (!INTEGER.matcher(s).matches()) {
            throw new LlsdParseException("bad integer: '" + abbreviate(s) + "'");
        }
        long v = Long.parseLong(s);
        if (v < Integer.MIN_VALUE || v > U32_MAX) {
            throw new LlsdParseException("integer out of 32-bit range: " + s);
        }
        return (int) v;
    }

    /** Decimal text plus the NaN/infinity spellings C, .NET, Python and XML Schema produce. */
    static double parseReal(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return 0.0;
        }
        switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "nan", "+nan", "-nan", "nan(ind)", "-nan(ind)":
                return Double.NaN;
            case "inf", "+inf", "infinity", "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        // Double.parseDouble alone would also accept "1d", hex floats and padding; LLSD peers never send those.
        if (!DECIMAL.matcher(s).matches()) {
            throw new LlsdParseException("bad real: '" + abbreviate(s) + "'");
        }
        return Double.parseDouble(s);
    }

    /** Shortest round-tripping form; integral values without ".0" (as OpenSim and the viewer write them). */
    static String formatReal(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return (v == 0.0 && 1 / v < 0) ? "-0" : Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** Strict 8-4-4-4-12 hex form ({@link UUID#fromString} accepts malformed short groups). */
    static UUID parseUuid(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return Llsd.ZERO_UUID;
        }
        if (s.length() != 36) {
            throw new LlsdParseException("bad uuid: '" + abbreviate(s) + "'");
        }
        long hi = 0;
        long lo = 0;
        int digits = 0;
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    throw new LlsdParseException("bad uuid: '" + s + "'");
                }
                continue;
            }
            int d = Character.digit(c, 16);
            if (d < 0) {
                throw new LlsdParseException("bad uuid: '" + s + "'");
            }
            if (digits++ < 16) {
                hi = (hi << 4) | d;
            } else {
                lo = (lo << 4) | d;
            }
        }
        return new UUID(hi, lo);
    }

    /** ISO-8601; a zone-less timestamp is taken as UTC (LLSD dates are always UTC). */
    static Instant parseDate(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return Llsd.DEFAULT_DATE;
        }
        try {
            return IsoInstant.parse(s);
        } catch (DateTimeParseException e) {
            throw new LlsdParseException("bad date: '" + abbreviate(s) + "'", e);
        }
    }

    static String formatDate(Instant date) {
        return date.toString();
    }

    static URI parseUri(String text) {
        String s = text.strip();
        try {
            return new URI(s);
        } catch (URISyntaxException e) {
            throw new LlsdParseException("bad uri: '" + abbreviate(s) + "'", e);
        }
    }

    static byte[] decodeBase64(String text) {
        try {
            return Base64.getDecoder().decode(stripWhitespace(text));
        } catch (IllegalArgumentException e) {
            throw new LlsdParseException("bad base64 binary: " + e.getMessage(), e);
        }
    }

    static byte[] decodeBase16(String text) {
        try {
            return HexFormat.of().parseHex(stripWhitespace(text));
        } catch (IllegalArgumentException e) {
            throw new LlsdParseException("bad base16 binary: " + e.getMessage(), e);
        }
    }

    static String encodeBase64(byte[] data) {
        return Base64.getEncoder().encodeToString(data);
    }

    /** Strict UTF-8: a peer sending broken text is worth a typed error, not silent U+FFFD. */
    static String decodeUtf8(byte[] data, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, offset, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new LlsdParseException("string is not valid UTF-8 at byte " + offset, e);
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 64 ? s : s.substring(0, 64) + "...";
    }

    private static String stripWhitespace(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
