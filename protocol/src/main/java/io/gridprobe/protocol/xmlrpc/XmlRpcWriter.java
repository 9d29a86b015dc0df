package io.gridprobe.protocol.xmlrpc;

import io.gridprobe.protocol.llsd.ParseLimits;
import io.gridprobe.protocol.llsd.SafeXml;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Serialises Java values as XML-RPC {@code <value>} elements (type mapping in {@link XmlRpc}). */
final class XmlRpcWriter {
    /** The XML-RPC spec's dateTime.iso8601 form: basic date, extended time, no zone (we always mean UTC). */
    static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final int MAX_DEPTH = ParseLimits.DEFAULT.maxDepth();

    private final StringBuilder out;

    XmlRpcWriter(StringBuilder out) {
        this.out = out;
    }

    void value(Object v) {
        value(v, 0);
    }

    private void value(Object v, int depth) {
        out.append("<value>");
        if (v == null) {
            out.append("<nil/>");
        } else if (v instanceof String || v instanceof UUID || v instanceof URI || v instanceof CharSequence) {
            text("string", v.toString());
        } else if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            simple("int", v.toString());
        } else if (v instanceof Long) {
            simple("i8", v.toString());
        } else if (v instanceof Boolean b) {
            simple("boolean", b ? "1" : "0");
        } else if (v instanceof Double || v instanceof Float) {
            simple("double", formatDouble(((Number) v).doubleValue()));
        } else if (v instanceof Instant t) {
            simple("dateTime.iso8601", DATE_TIME.format(t.truncatedTo(ChronoUnit.SECONDS)));
        } else if (v instanceof byte[] b) {
            simple("base64", Base64.getEncoder().encodeToString(b));
        } else if (v instanceof Map<?, ?> map) {
            checkDepth(depth + 1);
            out.append("<struct>");
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String name)) {
                    throw new IllegalArgumentException("XML-RPC struct member names must be Strings: " + e.getKey());
                }
                out.append("<member><name>");
                SafeXml.appendEscaped(out, name);
                out.append("</name>");
                value(e.getValue(), depth + 1);
                out.append("</member>");
            }
            out.append("</struct>");
        } else if (v instanceof List<?> list) {
            checkDepth(depth + 1);
            out.append("<array><data>");
            for (Object item : list) {
                value(item, depth + 1);
            }
            out.append("</data></array>");
        } else {
            throw new IllegalArgumentException("no XML-RPC type for " + v.getClass().getName());
        }
        out.append("</value>");
    }

    /** Plain decimal, as the spec allows no exponent; XML-RPC has no NaN or infinity at all. */
    private static String formatDouble(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("XML-RPC cannot represent " + d);
        }
        if (d == 0.0) {
            return 1 / d < 0 ? "-0.0" : "0.0"; // BigDecimal has no negative zero
        }
        String plain = new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
        return plain.indexOf('.') < 0 ? plain + ".0" : plain;
    }

    private void simple(String type, String text) {
        out.append('<').append(type).append('>').append(text).append("</").append(type).append('>');
    }

    private void text(String type, String text) {
        out.append('<').append(type).append('>');
        SafeXml.appendEscaped(out, text);
        out.append("</").append(type).append('>');
    }

    private static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("XML-RPC value nested deeper than " + MAX_DEPTH);
        }
    }
}
