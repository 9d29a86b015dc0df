package io.gridprobe.protocol.llsd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Recursive-descent reader for one {@code <llsd>} document on a hardened StAX stream. */
final class XmlLlsdReader {
    private final XMLStreamReader in;
    private final ParseLimits limits;

    XmlLlsdReader(XMLStreamReader in, ParseLimits limits) {
        this.in = in;
        this.limits = limits;
    }

    Object readDocument() throws XMLStreamException {
        expectStart(in.nextTag(), "llsd");
        Object value = null; // <llsd/> is undef
        if (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
            value = readValue(0);
            if (in.nextTag() != XMLStreamConstants.END_ELEMENT) {
                throw new LlsdParseException("<llsd> holds more than one value");
            }
        }
        while (in.hasNext()) {
            in.next(); // let the parser reject trailing junk after </llsd>
        }
        return value;
    }

    /** Reads the value whose start tag is current; leaves the stream on its end tag. */
    private Object readValue(int depth) throws XMLStreamException {
        String name = in.getLocalName();
        switch (name) {
            case "undef":
                in.getElementText();
                return null;
            case "boolean":
                return parseBoolean(in.getElementText());
            case "integer":
                return LlsdText.parseInteger(in.getElementText());
            case "real":
                return LlsdText.parseReal(in.getElementText());
            case "string":
                return in.getElementText();
            case "uuid":
                return LlsdText.parseUuid(in.getElementText());
            case "date":
                return LlsdText.parseDate(in.getElementText());
            case "uri":
                return LlsdText.parseUri(in.getElementText());
            case "binary":
                return readBinary();
            case "map":
                return readMap(depth + 1);
            case "array":
                return readArray(depth + 1);
            default:
                throw new LlsdParseException("unknown LLSD element <" + name + ">" + where());
        }
    }

    private byte[] readBinary() throws XMLStreamException {
        String encoding = in.getAttributeValue(null, "encoding");
        String text = in.getElementText();
        if (encoding == null || encoding.equalsIgnoreCase("base64")) {
            return LlsdText.decodeBase64(text);
        }
        if (encoding.equalsIgnoreCase("base16")) {
            return LlsdText.decodeBase16(text);
        }
        throw new LlsdParseException("unsupported binary encoding '" + encoding + "'" + where());
    }

    private Map<String, Object> readMap(int depth) throws XMLStreamException {
        checkDepth(depth);
        Map<String, Object> map = new LinkedHashMap<>();
        while (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!in.getLocalName().equals("key")) {
                throw new LlsdParseException("expected <key> in <map> but found <" + in.getLocalName() + ">" + where());
            }
            String key = in.getElementText();
            if (in.nextTag() != XMLStreamConstants.START_ELEMENT) {
                throw new LlsdParseException("<key>" + LlsdText.abbreviate(key) + "</key> has no value" + where());
            }
            map.put(key, readValue(depth));
        }
        return map;
    }

    private List<Object> readArray(int depth) throws XMLStreamException {
        checkDepth(depth);
        List<Object> list = new ArrayList<>();
        while (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
            list.add(readValue(depth));
        }
        return list;
    }

    private void checkDepth(int depth) {
        if (depth > limits.maxDepth()) {
            throw new LlsdParseException("nesting deeper than " + limits.maxDepth() + where());
        }
    }

    private void expectStart(int event, String name) {
        if (event != XMLStreamConstants.START_ELEMENT || !in.getLocalName().equals(name)) {
            throw new LlsdParseException("expected <" + name + "> root element" + where());
        }
    }

    private static boolean parseBoolean(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.equals("0") || s.equalsIgnoreCase("false")) {
            return false;
        }
        if (s.equals("1") || s.equalsIgnoreCase("true")) {
            return true;
        }
        throw new LlsdParseException("bad boolean: '" + LlsdText.abbreviate(s) + "'");
    }

    private String where() {
        var loc = in.getLocation();
        return loc == null ? "" : " (line " + loc.getLineNumber() + ", column " + loc.getColumnNumber() + ")";
    }
}
