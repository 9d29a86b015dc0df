package io.gridprobe.protocol.xmlrpc;

import io.gridprobe.protocol.ProtocolException;
import io.gridprobe.protocol.llsd.ParseLimits;
import io.gridprobe.protocol.llsd.SafeXml;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML-RPC, as the grid login service speaks it ({@code login_to_simulator}).
 *
 * <p>Type mapping (decode → Java; encode accepts the same plus a few one-way conveniences):
 * struct → {@code Map<String,Object>} (insertion-ordered), array → {@code List<Object>},
 * string and untyped {@code <value>text</value>} → {@code String}, int/i4 → {@code Integer},
 * i8 → {@code Long}, boolean → {@code Boolean}, double → {@code Double},
 * dateTime.iso8601 → {@code Instant} (UTC, whole seconds), base64 → {@code byte[]}, nil → {@code null}.
 * Encoding also writes {@code UUID}, {@code URI} and other {@code CharSequence}s as strings and
 * {@code Short}/{@code Byte}/{@code Float} as int/double. NaN and infinities have no XML-RPC form.
 *
 * <p>Decoding is hardened like LLSD XML (no DTDs, depth and size caps) and fails with
 * {@link XmlRpcException}; a fault response raises {@link XmlRpcFaultException}.
 */
public final class XmlRpc {
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private XmlRpc() {
    }

    public static String encodeCall(String method, List<Object> params) {
        StringBuilder out = new StringBuilder(512).append(DECLARATION).append("<methodCall><methodName>");
        SafeXml.appendEscaped(out, method);
        out.append("</methodName><params>");
        XmlRpcWriter writer = new XmlRpcWriter(out);
        for (Object p : params) {
            out.append("<param>");
            writer.value(p);
            out.append("</param>");
        }
        return out.append("</params></methodCall>").toString();
    }

    public static String encodeCall(XmlRpcCall call) {
        return encodeCall(call.method(), call.params());
    }

    public static String encodeResponse(Object value) {
        StringBuilder out = new StringBuilder(1024).append(DECLARATION).append("<methodResponse><params><param>");
        new XmlRpcWriter(out).value(value);
        return out.append("</param></params></methodResponse>").toString();
    }

    public static String encodeFault(int code, String message) {
        Map<String, Object> fault = new LinkedHashMap<>();
        fault.put("faultCode", code);
        fault.put("faultString", message);
        StringBuilder out = new StringBuilder(256).append(DECLARATION).append("<methodResponse><fault>");
        new XmlRpcWriter(out).value(fault);
        return out.append("</fault></methodResponse>").toString();
    }

    public static XmlRpcCall decodeCall(byte[] body) {
        return decodeCall(body, ParseLimits.DEFAULT);
    }

    public static XmlRpcCall decodeCall(byte[] body, ParseLimits limits) {
        return decode(body, limits, "call", XmlRpcReader::readCall);
    }

    /**
     * @return the single result value
     * @throws XmlRpcFaultException when the response is a fault
     * @throws XmlRpcException      when the response is malformed
     */
    public static Object decodeResponse(byte[] body) {
        return decodeResponse(body, ParseLimits.DEFAULT);
    }

    public static Object decodeResponse(byte[] body, ParseLimits limits) {
        return decode(body, limits, "response", XmlRpcReader::readResponse);
    }

    private interface Step<T> {
        T read(XmlRpcReader reader) throws XMLStreamException;
    }

    private static <T> T decode(byte[] body, ParseLimits limits, String kind, Step<T> step) {
        String prefix = "malformed XML-RPC " + kind + ": ";
        if (limits.tooLarge(body.length)) {
            throw new XmlRpcException(prefix + body.length + " bytes exceed the limit of " + limits.maxInputBytes());
        }
        XMLStreamReader in = null;
        try {
            in = SafeXml.open(body);
            return step.read(new XmlRpcReader(in, limits, kind));
        } catch (XMLStreamException e) {
            throw new XmlRpcException(prefix + e.getMessage(), e);
        } catch (ProtocolException e) {
            throw e;
        } catch (RuntimeException e) {
            // The JDK parser reports some malformations unchecked; keep the error typed.
            throw new XmlRpcException(prefix + e, e);
        } finally {
            SafeXml.closeQuietly(in);
        }
    }
}
