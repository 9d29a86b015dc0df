package io.gridprobe.protocol.llsd;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Helpers for the plain-Java LLSD value model described in {@code package-info}: structural equality,
 * typed accessors that fail with {@link LlsdTypeException}, and small constructors.
 */
public final class Llsd {
    /** LLSD's default uuid (also what an empty {@code <uuid/>} means). */
    public static final UUID ZERO_UUID = new UUID(0L, 0L);
    /** LLSD's default date (also what an empty {@code <date/>} means). */
    public static final Instant DEFAULT_DATE = Instant.EPOCH;
    /** LLSD's default uri (also what an empty {@code <uri/>} means). */
    public static final URI EMPTY_URI = URI.create("");

    private Llsd() {
    }

    /**
     * Structural equality: byte arrays by content, maps by key set and values (order ignored, as LLSD maps
     * are unordered), arrays element-wise, reals by {@link Double#equals} (so NaN equals NaN, 0.0 is not -0.0).
     */
    public static boolean deepEquals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!y.containsKey(e.getKey()) || !deepEquals(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<?> i = x.iterator();
            Iterator<?> j = y.iterator();
            while (i.hasNext()) {
                if (!deepEquals(i.next(), j.next())) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** LLSD type name of a value, for messages ({@code "undef"}, {@code "map"}, ...). */
    public static String typeName(Object value) {
        try {
            return LlsdType.of(value).llsdName();
        } catch (IllegalArgumentException e) {
            return value.getClass().getSimpleName();
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return (Map<String, Object>) expect(value, Map.class, "map");
    }

    @SuppressWarnings("unchecked")
    public static List<Object> array(Object value) {
        return (List<Object>) expect(value, List.class, "array");
    }

    public static String string(Object value) {
        return expect(value, String.class, "string");
    }

    public static int integer(Object value) {
        return expect(value, Integer.class, "integer");
    }

    public static double real(Object value) {
        return expect(value, Double.class, "real");
    }

    public static boolean bool(Object value) {
        return expect(value, Boolean.class, "boolean");
    }

    public static UUID uuid(Object value) {
        return expect(value, UUID.class, "uuid");
    }

    public static Instant date(Object value) {
        return expect(value, Instant.class, "date");
    }

    public static URI uri(Object value) {
        return expect(value, URI.class, "uri");
    }

    public static byte[] binary(Object value) {
        return expect(value, byte[].class, "binary");
    }

    /** {@code map(value).get(key)}, failing with {@link LlsdTypeException} when the key is missing. */
    public static Object required(Object map, String key) {
        Map<String, Object> m = map(map);
        if (!m.containsKey(key)) {
            throw new LlsdTypeException("missing key '" + key + "' in map with keys " + m.keySet());
        }
        return m.get(key);
    }

    /**
     * Builds an insertion-ordered map from alternating keys and values; unlike {@link Map#of} it allows
     * {@code null} (undef) values, which LLSD bodies need (e.g. {@code ack: undef}).
     */
    public static Map<String, Object> mapOf(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("mapOf needs key/value pairs, got " + keysAndValues.length + " items");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (!(keysAndValues[i] instanceof String key)) {
                throw new IllegalArgumentException("map key at " + i + " is not a String: " + keysAndValues[i]);
            }
            m.put(key, keysAndValues[i + 1]);
        }
        return m;
    }

    /** A mutable array that, unlike {@link List#of}, allows undef ({@code null}) elements. */
    public static List<Object> arrayOf(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    private static <T> T expect(Object value, Class<T> type, String llsdName) {
        if (!type.isInstance(value)) {
            throw new LlsdTypeException("expected LLSD " + llsdName + " but got " + typeName(value));
        }
        return type.cast(value);
    }
}
