package io.gridprobe.protocol.xmlrpc;

import io.gridprobe.protocol.llsd.IsoInstant;
import io.gridprobe.protocol.llsd.ParseLimits;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads methodCall / methodResponse documents from a hardened StAX stream. */
final class XmlRpcReader {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern BASIC_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(T.*)");

    private final XMLStreamReader in;
    private final ParseLimits limits;
    /** "call" or "response", for messages such as "malformed XML-RPC response: ...". */
    private final String kind;

    XmlRpcReader(XMLStreamReader in, ParseLimits limits, String kind) {
        this.in = in;
        this.limits = limits;
        this.kind = kind;
    }

    XmlRpcCall readCall() throws XMLStreamException {
        expectStart(in.nextTag(), "methodCall");
        expectStart(in.nextTag(), "methodName");
        String method = in.getElementText().strip();
        if (method.isEmpty()) {
            throw error("empty methodName");
        }
        List<Object> params = new ArrayList<>();
        if (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
            expectName("params");
            while (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
                params.add(readParam());
            }
            expectEnd(in.nextTag(), "methodCall");
        }
        finish();
        return new XmlRpcCall(method, params);
    }

    Object readResponse() throws XMLStreamException {
        expectStart(in.nextTag(), "methodResponse");
        in.nextTag();
        if (in.isStartElement() && in.getLocalName().equals("fault")) {
            expectStart(in.nextTag(), "value");
            Object fault = readValue(0);
            throw toFault(fault);
        }
        expectStart(in.getEventType(), "params");
        expectStart(in.nextTag(), "param");
        Object result = readParam();
        expectEnd(in.nextTag(), "params");
        finish();
        return result;
    }

    /** With the stream on {@code <param>}: reads its value, leaves the stream on {@code </param>}. */
    private Object readParam() throws XMLStreamException {
        expectName("param");
        expectStart(in.nextTag(), "value");
        Object value = readValue(0);
        expectEnd(in.nextTag(), "param");
        return value;
    }

    private XmlRpcFaultException toFault(Object fault) {
        if (!(fault instanceof Map<?, ?> map)) {
            throw error("<fault> does not hold a struct");
        }
        Object code = map.get("faultCode");
        int faultCode;
        if (code instanceof Number n) {
            faultCode = n.intValue();
        } else {
            try {
                faultCode = Integer.parseInt(String.valueOf(code).strip());
            } catch (NumberFormatException e) {
                faultCode = -1; // a fault with an odd code is still a fault; keep its message
            }
        }
        Object message = map.get("faultString");
        return new XmlRpcFaultException(faultCode, message == null ? "" : message.toString());
    }

    /**
     * With the stream on {@code <value>}: a typed child, or bare text, which the spec says is a string.
     * Leaves the stream on {@code </value>}.
     */
    private Object readValue(int depth) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        Object typed = null;
        boolean hasTyped = false;
        while (true) {
            int event = in.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(in.getText());
                case XMLStreamConstants.START_ELEMENT -> {
                    if (hasTyped) {
                        throw error("<value> holds more than one element");
                    }
                    typed = readTyped(depth);
                    hasTyped = true;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (!hasTyped) {
                        return text.toString();
                    }
                    if (!text.toString().isBlank()) {
                        throw error("<value> mixes text and a typed element");
                    }
                    return typed;
                }
                case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                }
                default -> throw error("unexpected XML event " + event + " in <value>");
            }
        }
    }

    private Object readTyped(int depth) throws XMLStreamException {
        String type = in.getLocalName();
        switch (type) {
            case "string":
                return in.getElementText();
            case "int":
            case "i4":
                return (int) parseLong(in.getElementText(), Integer.MIN_VALUE, Integer.MAX_VALUE, type);
            case "i8":
                return parseLong(in.getElementText(), Long.MIN_VALUE, Long.MAX_VALUE, type);
            case "boolean":
                return parseBoolean(in.getElementText());
            case "double":
                return parseDouble(in.getElementText());
            case "dateTime.iso8601":
                return parseDate(in.getElementText());
            case "base64":
                return parseBase64(in.getElementText());
            case "nil":
                in.getElementText();
                return null;
            case "struct":
                return readStruct(depth + 1);
            case "array":
                return readArray(depth + 1);
            default:
                throw error("unknown value type <" + type + ">");
        }
    }

    private Map<String, Object> readStruct(int depth) throws XMLStreamException {
        checkDepth(depth);
        Map<String, Object> struct = new LinkedHashMap<>();
        while (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
            expectName("member");
            String name = null;
            Object value = null;
            boolean hasValue = false;
            // Members are <name> then <value>; the order is not relied upon.
            while (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (in.getLocalName().equals("name") && name == null) {
                    name = in.getElementText();
                } else if (in.getLocalName().equals("value") && !hasValue) {
                    value = readValue(depth);
                    hasValue = true;
                } else {
                    throw error("unexpected <" + in.getLocalName() + "> in <member>");
                }
            }
            if (name == null || !hasValue) {
                throw error("<member> needs one <name> and one <value>");
            }
            struct.put(name, value);
        }
        return struct;
    }

    private List<Object> readArray(int depth) throws XMLStreamException {
        checkDepth(depth);
        List<Object> list = new ArrayList<>();
        if (in.nextTag() == XMLStreamConstants.END_ELEMENT) {
            return list; // <array/> without <data>: tolerated
        }
        expectName("data");
        while (in.nextTag() == XMLStreamConstants.START_ELEMENT) {
            expectName("value");
            list.add(readValue(depth));
        }
        expectEnd(in.nextTag(), "array");
        return list;
    }

    private long parseLong(String text, long min, long max, String type) {
        String s = text.strip();
        try {
            long v = Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
            if (v < min || v > max) {
                throw error("<" + type + "> out of range: " + s);
            }
            return v;
        } catch (NumberFormatException e) {
            throw error("bad <" + type + ">: '" + abbreviate(s) + "'");
        }
    }

    private boolean parseBoolean(String text) {
        String s = text.strip();
        if (s.equals("1") || s.equalsIgnoreCase("true")) {
            return true;
        }
        if (s.equals("0") || s.equalsIgnoreCase("false")) {
            return false;
        }
        throw error("bad <boolean>: '" + abbreviate(s) + "'");
    }

    private double parseDouble(String text) {
        String s = text.strip();
        if (!DECIMAL.matcher(s).matches()) {
            throw error("bad <double>: '" + abbreviate(s) + "'");
        }
        return Double.parseDouble(s);
    }

    /** The spec's {@code 19980717T14:08:55}, plus extended ISO forms; no zone means UTC. */
    private Instant parseDate(String text) {
        String s = text.strip();
        var basic = BASIC_DATE.matcher(s);
        if (basic.matches()) {
            s = basic.group(1) + "-" + basic.group(2) + "-" + basic.group(3) + basic.group(4);
        }
        try {
            return IsoInstant.parse(s);
        } catch (DateTimeParseException e) {
            throw error("bad <dateTime.iso8601>: '" + abbreviate(text.strip()) + "'");
        }
    }

    private byte[] parseBase64(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        text.chars().filter(c -> !Character.isWhitespace(c)).forEach(c -> compact.append((char) c));
        try {
            return Base64.getDecoder().decode(compact.toString());
        } catch (IllegalArgumentException e) {
            throw error("bad <base64>: " + e.getMessage());
        }
    }

    /** Reads to the end so that trailing junk after the root element is reported. */
    private void finish() throws XMLStreamException {
        while (in.hasNext()) {
            in.next();
        }
    }

    private void checkDepth(int depth) {
        if (depth > limits.maxDepth()) {
            throw error("nesting deeper than " + limits.maxDepth());
        }
    }

    private void expectStart(int event, String name) {
        if (event != XMLStreamConstants.START_ELEMENT) {
            throw error("expected <" + name + ">");
        }
        expectName(name);
    }

    private void expectName(String name) {
        if (!in.getLocalName().equals(name)) {
            throw error("expected <" + name + "> but found <" + in.getLocalName() + ">");
        }
    }

    private void expectEnd(int event, String name) {
        if (event != XMLStreamConstants.END_ELEMENT || !in.getLocalName().equals(name)) {
            throw error("expected </" + name + ">");
        }
    }

    private XmlRpcException error(String message) {
        var loc = in.getLocation();
        String where = loc == null ? "" : " (line " + loc.getLineNumber() + ", column " + loc.getColumnNumber() + ")";
        return new XmlRpcException("malformed XML-RPC " + kind + ": " + message + where);
    }

    private static String abbreviate(String s) {
        return s.length() <= 64 ? s : s.substring(0, 64) + "...";
    }
}
