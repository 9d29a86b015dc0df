package io.gridprobe.protocol.llsd;

import io.gridprobe.protocol.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The LLSD XML serialisation ({@code <llsd>...</llsd>}), used by capabilities and the event queue.
 *
 * <p>Parsing accepts documents with or without an {@code <?xml?>} declaration (OpenSim's cap replies have
 * none), empty elements meaning the type's default ({@code <integer/>} = 0, {@code <uuid/>} = the zero
 * uuid, ...), base64 and base16 binaries, and NaN/infinity reals. DTDs are refused (see {@link SafeXml}).
 */
public final class LlsdXml {
    private LlsdXml() {
    }

    public static Object parse(byte[] xml) {
        return parse(xml, ParseLimits.DEFAULT);
    }

    public static Object parse(String xml) {
        return parse(xml, ParseLimits.DEFAULT);
    }

    /** @throws LlsdParseException for malformed, hostile or over-limit input */
    public static Object parse(byte[] xml, ParseLimits limits) {
        if (limits.tooLarge(xml.length)) {
            throw new LlsdParseException("LLSD XML too large: " + xml.length + " bytes > " + limits.maxInputBytes());
        }
        try {
            return read(SafeXml.open(xml), limits);
        } catch (XMLStreamException e) {
            throw new LlsdParseException("malformed LLSD XML: " + e.getMessage(), e);
        }
    }

    /** @throws LlsdParseException for malformed, hostile or over-limit input */
    public static Object parse(String xml, ParseLimits limits) {
        if (limits.tooLarge(xml.length())) {
            throw new LlsdParseException("LLSD XML too large: " + xml.length() + " chars > " + limits.maxInputBytes());
        }
        try {
            return read(SafeXml.open(xml), limits);
        } catch (XMLStreamException e) {
            throw new LlsdParseException("malformed LLSD XML: " + e.getMessage(), e);
        }
    }

    private static Object read(XMLStreamReader in, ParseLimits limits) throws XMLStreamException {
        try {
            return new XmlLlsdReader(in, limits).readDocument();
        } catch (ProtocolException | XMLStreamException e) {
            throw e;
        } catch (RuntimeException e) {
            // The JDK parser signals a few malformations with unchecked exceptions; keep the error typed.
            throw new LlsdParseException("malformed LLSD XML: " + e, e);
        } finally {
            SafeXml.closeQuietly(in);
        }
    }

    /** Serialises a value as {@code <llsd>...</llsd>} (no XML declaration; peers do not need one). */
    public static String format(Object value) {
        StringBuilder out = new StringBuilder(256).append("<llsd>");
        write(out, value, 0);
        return out.append("</llsd>").toString();
    }

    public static byte[] formatBytes(Object value) {
        return format(value).getBytes(StandardCharsets.UTF_8);
    }

    private static void write(StringBuilder out, Object value, int depth) {
        switch (LlsdType.of(value)) {
            case UNDEF -> out.append("<undef />");
            case BOOLEAN -> element(out, "boolean", (Boolean) value ? "true" : "false");
            case INTEGER -> element(out, "integer", value.toString());
            case REAL -> element(out, "real", LlsdText.formatReal((Double) value));
            case STRING -> escapedElement(out, "string", (String) value);
            case UUID -> element(out, "uuid", value.toString());
            case DATE -> element(out, "date", LlsdText.formatDate((java.time.Instant) value));
            case URI -> escapedElement(out, "uri", value.toString());
            case BINARY -> element(out, "binary", LlsdText.encodeBase64((byte[]) value));
            case MAP -> {
                FormatDepth.check(depth + 1);
                out.append("<map>");
                for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                    escapedElement(out, "key", FormatDepth.key(e.getKey()));
                    write(out, e.getValue(), depth + 1);
                }
                out.append("</map>");
            }
            case ARRAY -> {
                FormatDepth.check(depth + 1);
                out.append("<array>");
                for (Object item : (List<?>) value) {
                    write(out, item, depth + 1);
                }
                out.append("</array>");
            }
        }
    }

    private static void element(StringBuilder out, String name, String text) {
        out.append('<').append(name).append('>').append(text).append("</").append(name).append('>');
    }

    private static void escapedElement(StringBuilder out, String name, String text) {
        out.append('<').append(name).append('>');
        SafeXml.appendEscaped(out, text);
        out.append("</").append(name).append('>');
    }
}
