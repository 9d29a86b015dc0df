package io.gridprobe.protocol.login;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Tolerant readers for login structs: grids differ in whether numbers arrive as i4, strings or doubles
 * (OpenSim sends some ints as strings), so every getter accepts any sensible spelling and fails with a
 * {@link LoginFormatException} naming the field otherwise.
 */
final class LoginValues {
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Map<String, Object> struct;
    /** "login response" / "login request" / "inventory-skeleton entry", for messages. */
    private final String what;

    LoginValues(Map<String, Object> struct, String what) {
        this.struct = struct;
        this.what = what;
    }

    boolean has(String key) {
        return struct.get(key) != null;
    }

    Object required(String key) {
        Object v = struct.get(key);
        if (v == null) {
            throw error(key, "missing");
        }
        return v;
    }

    String string(String key) {
        Object v = required(key);
        if (v instanceof Map || v instanceof List || v instanceof byte[]) {
            throw error(key, "expected text but got a structure");
        }
        return v.toString();
    }

    String string(String key, String fallback) {
        return has(key) ? string(key) : fallback;
    }

    long number(String key) {
        Object v = required(key);
        if (v instanceof Integer || v instanceof Long) {
            return ((Number) v).longValue();
        }
        try {
            double d = v instanceof Double x ? x : Double.parseDouble(v.toString().strip());
            if (d != Math.rint(d) || Math.abs(d) > 1e18) {
                throw error(key, "not a whole number: " + v);
            }
            return (long) d;
        } catch (NumberFormatException e) {
            throw error(key, "not a number: '" + v + "'");
        }
    }

    int integer(String key) {
        long v = number(key);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw error(key, "out of range: " + v);
        }
        return (int) v;
    }

    int integer(String key, int fallback) {
        return has(key) ? integer(key) : fallback;
    }

    boolean bool(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        Object v = struct.get(key);
        if (v instanceof Boolean b) {
            return b;
        }
        String s = v.toString().strip().toLowerCase(java.util.Locale.ROOT);
        return switch (s) {
            case "1", "true", "y", "yes" -> true;
            case "0", "false", "n", "no", "" -> false;
            default -> throw error(key, "not a boolean: '" + v + "'");
        };
    }

    UUID uuid(String key) {
        Object v = required(key);
        if (v instanceof UUID u) {
            return u;
        }
        String s = v.toString().strip();
        if (!UUID_TEXT.matcher(s).matches()) {
            throw error(key, "not a uuid: '" + s + "'");
        }
        return UUID.fromString(s);
    }

    URI uri(String key) {
        String s = string(key).strip();
        try {
            return new URI(s);
        } catch (URISyntaxException e) {
            throw error(key, "not a URI: '" + s + "'");
        }
    }

    /** An array of structs (inventory-skeleton, buddy-list, ...); absent means empty. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> structs(String key) {
        if (!has(key)) {
            return List.of();
        }
        if (!(struct.get(key) instanceof List<?> list)) {
            throw error(key, "expected an array");
        }
        List<Map<String, Object>> out = new ArrayList<>(list.size());
        for (Object item : list) {
            if (!(item instanceof Map)) {
                throw error(key, "expected an array of structs");
            }
            out.add((Map<String, Object>) item);
        }
        return out;
    }

    LoginFormatException error(String key, String problem) {
        return new LoginFormatException("malformed " + what + ": '" + key + "' " + problem);
    }
}
