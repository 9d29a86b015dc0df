package io.gridprobe.protocol.eventqueue;

import io.gridprobe.protocol.http.CapabilityUris;
import io.gridprobe.protocol.llsd.LlsdNotation;
import java.net.URI;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders an event body for the packet trace: compact LLSD notation with secrets masked. Session ids and passwords
 * become {@code ***}; seed capabilities (TeleportFinish, CrossedRegion, EstablishAgentCommunication carry one) keep
 * only host and path prefix. Short binaries (handles, addresses, flags) show as hex, long ones as their size.
 */
public final class EventRendering {
    /** Longest rendering kept in a trace entry. */
    static final int MAX_CHARS = 1000;
    private static final int HEX_BYTES = 16;

    private EventRendering() {
    }

    public static String compact(Object body) {
        String s = LlsdNotation.format(mask(body));
        return s.length() <= MAX_CHARS ? s : s.substring(0, MAX_CHARS) + "…(" + s.length() + " chars)";
    }

    /** A copy of an LLSD value fit to show: secrets masked, binaries summarised. */
    public static Object mask(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = String.valueOf(e.getKey());
                out.put(key, maskEntry(key, e.getValue()));
            }
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(mask(o));
            }
            return out;
        }
        if (value instanceof byte[] b) {
            return b.length <= HEX_BYTES ? "0x" + HexFormat.of().formatHex(b) : "binary(" + b.length + " bytes)";
        }
        return value;
    }

    private static Object maskEntry(String key, Object value) {
        String k = key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        if (value == null) {
            return null;
        }
        if (k.equals("sessionid") || k.equals("securesessionid") || k.contains("password")) {
            return "***";
        }
        if (k.contains("capability") && (value instanceof String || value instanceof URI)) {
            return CapabilityUris.redact(value.toString());
        }
        return mask(value);
    }
}
