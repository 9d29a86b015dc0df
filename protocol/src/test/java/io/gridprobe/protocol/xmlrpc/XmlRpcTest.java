package io.gridprobe.protocol.xmlrpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridprobe.protocol.llsd.Llsd;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class XmlRpcTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void decodesEveryTypeIncludingUntypedStrings() {
        String doc = "<?xml version='1.0'?>\n<methodCall>\n<methodName> m.x </methodName>\n<params>\n"
                + "<param><value>untyped &amp; raw </value></param>\n"
                + "<param><value/></param>\n"
                + "<param><value>\n  <i4>-5</i4>\n</value></param>\n"
                + "<param><value><int>7</int></value></param>\n"
                + "<param><value><i8>9000000000</i8></value></param>\n"
                + "<param><value><boolean>1</boolean></value></param>\n"
                + "<param><value><double>-1.5e2</double></value></param>\n"
                + "<param><value><dateTime.iso8601>19980717T14:08:55</dateTime.iso8601></value></param>\n"
                + "<param><value><base64>AQ\nID</base64></value></param>\n"
                + "<param><value><nil/></value></param>\n"
                + "<param><value><ex:nil xmlns:ex='http://ws.apache.org/xmlrpc/namespaces/extensions'/></value></param>\n"
                + "<param><value><array><data/></array></value></param>\n"
                + "<param><value><struct><member><value><string>v</string></value><name>k</name></member>"
                + "</struct></value></param>\n"
                + "</params>\n</methodCall>\n";
        XmlRpcCall call = XmlRpc.decodeCall(utf8(doc));
        assertThat(call.method()).isEqualTo("m.x");
        List<Object> p = call.params();
        assertThat(p.subList(0, 7)).containsExactly("untyped & raw ", "", -5, 7, 9_000_000_000L, true, -150.0);
        assertThat(p.get(7)).isEqualTo(Instant.parse("1998-07-17T14:08:55Z"));
        assertThat((byte[]) p.get(8)).containsExactly(1, 2, 3);
        assertThat(p.subList(9, 13)).containsExactly(null, null, List.of(), Map.of("k", "v"));
    }

    @Test
    void encodesAndDecodesResponses() {
        Map<String, Object> value = Llsd.mapOf("login", "true", "n", 1, "id",
                UUID.fromString("6f1a0b52-0000-4000-8000-000000000002"), "list", List.of(1.25, "a<b"));
        String xml = XmlRpc.encodeResponse(value);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><methodResponse><params><param>")
                .contains("<member><name>id</name><value><string>6f1a0b52-0000-4000-8000-000000000002</string>")
                .contains("<string>a&lt;b</string>");
        assertThat(XmlRpc.decodeResponse(utf8(xml))).isEqualTo(Llsd.mapOf("login", "true", "n", 1,
                "id", "6f1a0b52-0000-4000-8000-000000000002", "list", List.of(1.25, "a<b")));
    }

    @Test
    void faultsBecomeTypedExceptions() {
        String fault = XmlRpc.encodeFault(4, "Bad <thing>");
        assertThatThrownBy(() -> XmlRpc.decodeResponse(utf8(fault)))
                .isInstanceOfSatisfying(XmlRpcFaultException.class, f -> {
                    assertThat(f.faultCode()).isEqualTo(4);
                    assertThat(f.faultString()).isEqualTo("Bad <thing>");
                });
        String stringCode = "<methodResponse><fault><value><struct><member><name>faultCode</name><value>"
                + "<string>12</string></value></member><member><name>faultString</name><value>no</value>"
                + "</member></struct></value></fault></methodResponse>";
        assertThatThrownBy(() -> XmlRpc.decodeResponse(utf8(stringCode)))
                .isInstanceOfSatisfying(XmlRpcFaultException.class, f -> assertThat(f.faultCode()).isEqualTo(12));
    }

    @Test
    void encodesDoublesWithoutExponentAndDatesInSpecForm() {
        String xml = XmlRpc.encodeCall("m", Llsd.arrayOf(1e-7, 1e21, -0.0, Instant.parse("2026-11-25T12:05:27.9Z")));
        assertThat(xml).contains("<double>0.0000001</double>", "<double>1000000000000000000000.0</double>",
                "<double>-0.0</double>", "<dateTime.iso8601>20261125T12:05:27</dateTime.iso8601>");
        assertThatThrownBy(() -> XmlRpc.encodeCall("m", Llsd.arrayOf(Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> XmlRpc.encodeCall("m", Llsd.arrayOf(new Object())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedDocumentsSayWhatWasWrong() {
        assertThatThrownBy(() -> XmlRpc.decodeResponse(utf8("<methodResponse><params><param><value><int>x</int>"
                + "</value></param></params></methodResponse>")))
                .isInstanceOf(XmlRpcException.class)
                .hasMessageStartingWith("malformed XML-RPC response: bad <int>");
        assertThatThrownBy(() -> XmlRpc.decodeCall(utf8("<methodResponse/>")))
                .isInstanceOf(XmlRpcException.class).hasMessageStartingWith("malformed XML-RPC call:");
        for (String bad : List.of("", "not xml", "<methodResponse/>", "<methodResponse><params/></methodResponse>",
                "<methodResponse><params><param><value><foo/></value></param></params></methodResponse>",
                "<methodResponse><params><param><value><int>1</int><int>2</int></value></param></params></methodResponse>",
                "<methodResponse><params><param><value>text<int>1</int></value></param></params></methodResponse>",
                "<methodResponse><params><param><value><i4>99999999999</i4></value></param></params></methodResponse>",
                "<methodResponse><params><param><value><boolean>yes</boolean></value></param></params></methodResponse>",
                "<methodResponse><params><param><value><double>1d</double></value></param></params></methodResponse>",
                "<methodResponse><params><param><value><base64>!!</base64></value></param></params></methodResponse>",
                "<methodResponse><params><param><value><dateTime.iso8601>soon</dateTime.iso8601></value></param>"
                        + "</params></methodResponse>",
                "<methodResponse><params><param><value><struct><member><name>a</name></member></struct></value>"
                        + "</param></params></methodResponse>",
                "<methodResponse><params><param><value><string>a</string></value></param></params>"
                        + "</methodResponse><extra/>",
                "<methodResponse><params><param><value><string>a</string></value></param>"
                        + "<param><value><string>b</string></value></param></params></methodResponse>",
                "<methodResponse><fault><value><string>x</string></value></fault></methodResponse>")) {
            assertThatThrownBy(() -> XmlRpc.decodeResponse(utf8(bad))).as(bad).isInstanceOf(XmlRpcException.class)
                    .isNotInstanceOf(XmlRpcFaultException.class)
                    .hasMessageStartingWith("malformed XML-RPC response:");
        }
    }

    @Test
    void callWithoutParams() {
        XmlRpcCall call = XmlRpc.decodeCall(utf8("<methodCall><methodName>ping</methodName></methodCall>"));
        assertThat(call.params()).isEmpty();
        assertThatThrownBy(() -> call.param(0)).isInstanceOf(XmlRpcException.class).hasMessageContaining("ping");
    }
}
