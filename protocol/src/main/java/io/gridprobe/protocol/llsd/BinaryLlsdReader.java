package io.gridprobe.protocol.llsd;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reader for binary LLSD. Every length and count is checked against the bytes actually left before
 * anything is allocated, so a lying count fails fast with {@link LlsdParseException}.
 */
final class BinaryLlsdReader {
    /** Smallest possible map entry: 'k', 4-byte key length, 1-byte value. */
    private static final int MIN_MAP_ENTRY = 6;

    private final ByteBuffer in;
    private final ParseLimits limits;

    BinaryLlsdReader(byte[] data, int offset, ParseLimits limits) {
        this.in = ByteBuffer.wrap(data, offset, data.length - offset).order(ByteOrder.BIG_ENDIAN);
        this.limits = limits;
    }

    Object readDocument() {
        Object value = readValue(0);
        while (in.hasRemaining()) {
            byte b = in.get();
            if (b != '\n' && b != '\r' && b != ' ' && b != '\t' && b != 0) {
                throw error("trailing data after the value");
            }
        }
        return value;
    }

    private Object readValue(int depth) {
        need(1, "type marker");
        byte marker = in.get();
        switch (marker) {
            case '!':
                return null;
            case '1':
                return Boolean.TRUE;
            case '0':
                return Boolean.FALSE;
            case 'i':
                need(4, "integer");
                return in.getInt();
            case 'r':
                need(8, "real");
                return in.getDouble();
            case 'u': {
                need(16, "uuid");
                return new UUID(in.getLong(), in.getLong());
            }
            case 's':
                return readString("string");
            case 'l':
                return LlsdText.parseUri(readString("uri"));
            case 'd':
                return readDate();
            case 'b':
                return readBytes("binary");
            case '{':
                return readMap(depth + 1);
            case '[':
                return readArray(depth + 1);
            default:
                in.position(in.position() - 1);
                throw error(String.format("unknown type marker 0x%02x", marker & 0xff));
        }
    }

    /** Dates are the one little-endian field: the viewer writes the raw host-order double. */
    private Instant readDate() {
        need(8, "date");
        double seconds = in.order(ByteOrder.LITTLE_ENDIAN).getDouble();
        in.order(ByteOrder.BIG_ENDIAN);
        if (!Double.isFinite(seconds) || Math.abs(seconds) > 1e14) {
            throw error("date out of range: " + seconds);
        }
        // A double holds ~16 significant digits, so millisecond precision survives the round trip.
        return Instant.ofEpochMilli(Math.round(seconds * 1000.0));
    }

    private Map<String, Object> readMap(int depth) {
        checkDepth(depth);
        long count = readCount("map");
        if (count > in.remaining() / MIN_MAP_ENTRY) {
            throw error("map count " + count + " exceeds the " + in.remaining() + " bytes left");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (long i = 0; i < count; i++) {
            need(1, "map key marker");
            byte k = in.get();
            if (k != 'k') {
                in.position(in.position() - 1);
                throw error(String.format("expected map key marker 'k' but found 0x%02x", k & 0xff));
            }
            String key = readString("map key");
            map.put(key, readValue(depth));
        }
        expectClose('}', "map");
        return map;
    }

    private List<Object> readArray(int depth) {
        checkDepth(depth);
        long count = readCount("array");
        if (count > in.remaining()) {
            throw error("array count " + count + " exceeds the " + in.remaining() + " bytes left");
        }
        List<Object> list = new ArrayList<>((int) Math.min(count, 1024));
        for (long i = 0; i < count; i++) {
            list.add(readValue(depth));
        }
        expectClose(']', "array");
        return list;
    }

    private String readString(String what) {
        int start = in.position();
        byte[] bytes = readBytes(what);
        try {
            return LlsdText.decodeUtf8(bytes, 0, bytes.length);
        } catch (LlsdParseException e) {
            throw new LlsdParseException(what + " at offset " + start + " is not valid UTF-8", e);
        }
    }

    private byte[] readBytes(String what) {
        long length = readCount(what + " length");
        need(length, what);
        byte[] bytes = new byte[(int) length];
        in.get(bytes);
        return bytes;
    }

    private long readCount(String what) {
        need(4, what);
        return Integer.toUnsignedLong(in.getInt());
    }

    private void expectClose(char close, String what) {
        need(1, "end of " + what);
        byte b = in.get();
        if (b != close) {
            in.position(in.position() - 1);
            throw error("expected '" + close + "' to close the " + what);
        }
    }

    private void need(long bytes, String what) {
        if (bytes > in.remaining()) {
            throw error("truncated " + what + ": need " + bytes + " bytes, " + in.remaining() + " left");
        }
    }

    private void checkDepth(int depth) {
        if (depth > limits.maxDepth()) {
            throw error("nesting deeper than " + limits.maxDepth());
        }
    }

    private LlsdParseException error(String message) {
        return new LlsdParseException("malformed binary LLSD at offset " + in.position() + ": " + message);
    }
}
