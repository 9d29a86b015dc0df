package io.gridprobe.protocol.llsd;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recursive-descent reader for LLSD notation. Works on bytes because {@code s(len)} and {@code b(len)}
 * count bytes and {@code \xHH} escapes produce bytes; quoted strings are decoded as UTF-8 once complete.
 */
final class NotationLlsdReader {
    private final byte[] in;
    private final ParseLimits limits;
    private int pos;

    NotationLlsdReader(byte[] in, ParseLimits limits) {
        this.in = in;
        this.limits = limits;
    }

    Object readDocument() {
        Object value = readValue(0);
        skipWhitespace();
        if (pos < in.length) {
            throw error("trailing data after the value");
        }
        return value;
    }

    private Object readValue(int depth) {
        skipWhitespace();
        int start = pos;
        byte c = next("a value");
        switch (c) {
            case '!':
                return null;
            case '1':
                return Boolean.TRUE;
            case '0':
                return Boolean.FALSE;
            case 't':
            case 'T':
                skipWord("rue");
                return Boolean.TRUE;
            case 'f':
            case 'F':
                skipWord("alse");
                return Boolean.FALSE;
            case 'i':
                return LlsdText.parseInteger(token("integer"));
            case 'r':
                return LlsdText.parseReal(token("real"));
            case 'u':
                need(36, "uuid");
                pos += 36;
                return LlsdText.parseUuid(new String(in, start + 1, 36, StandardCharsets.US_ASCII));
            case '\'':
            case '"':
                pos--;
                return quotedString();
            case 's':
                return utf8(sizedRaw("string"));
            case 'l':
                return LlsdText.parseUri(quotedString());
            case 'd':
                return LlsdText.parseDate(quotedString());
            case 'b':
                return binary();
            case '{':
                return readMap(depth + 1);
            case '[':
                return readArray(depth + 1);
            default:
                pos = start;
                throw error(String.format("unexpected character 0x%02x", c & 0xff));
        }
    }

    private Map<String, Object> readMap(int depth) {
        checkDepth(depth);
        Map<String, Object> map = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipWhitespace();
            String key;
            if (peek() == 's') {
                pos++;
                key = utf8(sizedRaw("map key"));
            } else {
                key = quotedString();
            }
            skipWhitespace();
            expect(':');
            map.put(key, readValue(depth));
            skipWhitespace();
            byte c = next("',' or '}'");
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}' in map");
            }
        }
    }

    private List<Object> readArray(int depth) {
        checkDepth(depth);
        List<Object> list = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            list.add(readValue(depth));
            skipWhitespace();
            byte c = next("',' or ']'");
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']' in array");
            }
        }
    }

    private byte[] binary() {
        if (peek() == '(') {
            return sizedRaw("binary");
        }
        if (matches("64")) {
            pos += 2;
            return LlsdText.decodeBase64(quotedString());
        }
        if (matches("16")) {
            pos += 2;
            return LlsdText.decodeBase16(quotedString());
        }
        throw error("expected b64\"..\", b16\"..\" or b(len)\"..\"");
    }

    /** {@code (len)"raw bytes"}, read with pos on the '(' that follows the s/b marker. */
    private byte[] sizedRaw(String what) {
        expect('(');
        int start = pos;
        while (pos < in.length && in[pos] >= '0' && in[pos] <= '9' && pos - start <= 10) {
            pos++;
        }
        if (pos == start) {
            throw error("missing " + what + " length");
        }
        long length = Long.parseLong(new String(in, start, pos - start, StandardCharsets.US_ASCII));
        expect(')');
        byte quote = next("opening quote");
        if (quote != '"' && quote != '\'') {
            pos--;
            throw error("expected a quote before the raw " + what);
        }
        need(length + 1, what);
        byte[] raw = Arrays.copyOfRange(in, pos, pos + (int) length);
        pos += (int) length;
        if (next("closing quote") != quote) {
            pos--;
            throw error("expected a closing quote after " + length + " raw bytes");
        }
        return raw;
    }

    private static String utf8(byte[] bytes) {
        return LlsdText.decodeUtf8(bytes, 0, bytes.length);
    }

    private String quotedString() {
        byte quote = next("opening quote");
        if (quote != '\'' && quote != '"') {
            pos--;
            throw error("expected a quoted string");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            byte c = next("closing quote");
            if (c == quote) {
                break;
            }
            if (c != '\\') {
                out.write(c);
                continue;
            }
            byte e = next("escape");
            switch (e) {
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case 'x' -> out.write(hexByte());
                default -> out.write(e); // \\, \', \" and any other escaped character stand for themselves
            }
        }
        return utf8(out.toByteArray());
    }

    private int hexByte() {
        need(2, "\\x escape");
        int hi = Character.digit(in[pos], 16);
        int lo = Character.digit(in[pos + 1], 16);
        if (hi < 0 || lo < 0) {
            throw error("bad \\x escape");
        }
        pos += 2;
        return hi << 4 | lo;
    }

    /** Characters of a number token: digits, sign, point, exponent, and letters for nan/inf spellings. */
    private String token(String what) {
        int start = pos;
        while (pos < in.length) {
            byte c = in[pos];
            boolean part = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || c == '.' || c == '+' || c == '-';
            if (!part) {
                break;
            }
            pos++;
        }
        if (pos == start) {
            throw error("missing " + what + " digits");
        }
        return new String(in, start, pos - start, StandardCharsets.US_ASCII);
    }

    private void skipWord(String rest) {
        if (matchesIgnoreCase(rest)) {
            pos += rest.length();
        }
    }

    private boolean matches(String s) {
        return pos + s.length() <= in.length
                && new String(in, pos, s.length(), StandardCharsets.US_ASCII).equals(s);
    }

    private boolean matchesIgnoreCase(String s) {
        return pos + s.length() <= in.length
                && new String(in, pos, s.length(), StandardCharsets.US_ASCII).equalsIgnoreCase(s);
    }

    private void skipWhitespace() {
        while (pos < in.length && (in[pos] == ' ' || in[pos] == '\t' || in[pos] == '\n' || in[pos] == '\r')) {
            pos++;
        }
    }

    private void expect(char c) {
        if (next("'" + c + "'") != c) {
            pos--;
            throw error("expected '" + c + "'");
        }
    }

    private byte peek() {
        if (pos >= in.length) {
            throw error("unexpected end of input");
        }
        return in[pos];
    }

    private byte next(String what) {
        if (pos >= in.length) {
            throw error("unexpected end of input, expected " + what);
        }
        return in[pos++];
    }

    private void need(long n, String what) {
        if (n > in.length - pos) {
            throw error("truncated " + what + ": need " + n + " bytes, " + (in.length - pos) + " left");
        }
    }

    private void checkDepth(int depth) {
        if (depth > limits.maxDepth()) {
            throw error("nesting deeper than " + limits.maxDepth());
        }
    }

    private LlsdParseException error(String message) {
        return new LlsdParseException("malformed LLSD notation at offset " + pos + ": " + message);
    }
}
