package io.gridprobe.harness.core;

import io.gridprobe.protocol.llsd.LlsdBinaryFields;
import io.gridprobe.protocol.types.Vector3;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Forgiving reads of LLSD event bodies, for the managers: grids differ in how they type a field (a U32 as an
 * integer or as big-endian binary, a boolean as an integer, an empty element for a default), and a missing or
 * oddly typed field yields the default instead of failing the whole event.
 */
public final class LlsdLenient {
    private static final UUID ZERO = new UUID(0, 0);

    private LlsdLenient() {
    }

    /** {@code body[key][0]} as a map, or an empty map: the shape of the blocks of a message sent as LLSD. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> firstBlock(Map<String, Object> body, String key) {
        if (body.get(key) instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        return Map.of();
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> blocks(Map<String, Object> body, String key) {
        if (body.get(key) instanceof List<?> l) {
            return l.stream().filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).toList();
        }
        return List.of();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Map<String, Object> body, String key) {
        return body.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    public static UUID uuid(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v instanceof UUID u) {
            return u;
        }
        if (v instanceof String s) {
            try {
                return UUID.fromString(s);
            } catch (IllegalArgumentException e) {
                return ZERO;
            }
        }
        return ZERO;
    }

    public static String string(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v instanceof byte[] b) {
            return new String(b, java.nio.charset.StandardCharsets.UTF_8).replace("\0", "");
        }
        return v == null ? "" : v.toString();
    }

    public static int integer(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v instanceof Number n) {
            return n.intValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof byte[] b && b.length == 4) {
            return (int) LlsdBinaryFields.u32(b);
        }
        return 0;
    }

    public static boolean bool(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof Boolean b ? b : v instanceof Number n && n.intValue() != 0;
    }

    /** An unsigned 32- or 64-bit value sent as binary (big-endian), an integer, a real or a decimal string. */
    public static long bits(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v instanceof byte[] b) {
            long x = 0;
            for (byte y : b) {
                x = (x << 8) | (y & 0xff);
            }
            return x;
        }
        if (v instanceof Integer i) {
            return Integer.toUnsignedLong(i);
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof String s) {
            try {
                return Long.parseUnsignedLong(s.strip());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    public static Vector3 vector(Map<String, Object> m, String key) {
        if (m.get(key) instanceof List<?> l && l.size() >= 3) {
            return new Vector3(f(l.get(0)), f(l.get(1)), f(l.get(2)));
        }
        return Vector3.ZERO;
    }

    private static float f(Object o) {
        return o instanceof Number n ? n.floatValue() : 0f;
    }
}
