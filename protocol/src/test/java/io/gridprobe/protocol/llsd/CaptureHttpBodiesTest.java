package io.gridprobe.protocol.llsd;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.protocol.llsd.CaptureBodies.HttpMessage;
import io.gridprobe.protocol.xmlrpc.XmlRpc;
import io.gridprobe.protocol.xmlrpc.XmlRpcCall;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/** Every HTTP body of the reference captures decodes, re-encodes and decodes to the same value. */
class CaptureHttpBodiesTest {
    @Test
    void everyXmlBodyRoundTrips(TestReporter reporter) {
        Map<String, Integer> counts = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (HttpMessage m : CaptureBodies.all()) {
            String body = m.body();
            String kind = classify(body);
            counts.merge(kind, 1, Integer::sum);
            try {
                switch (kind) {
                    case "xmlrpc-call" -> roundTripCall(body);
                    case "xmlrpc-response" -> roundTripResponse(body);
                    case "llsd-xml" -> roundTripLlsd(body);
                    default -> {
                        // empty or non-XML (e.g. the notecard asset upload): counted and reported, not parsed
                    }
                }
            } catch (RuntimeException | AssertionError e) {
                failures.add(m.where() + ": " + e);
            }
        }
        reporter.publishEntry("capture HTTP bodies", counts.toString());
        System.out.println("capture HTTP bodies by kind: " + counts);
        assertThat(failures).isEmpty();
        assertThat(counts.getOrDefault("xmlrpc-call", 0)).isEqualTo(6);
        assertThat(counts.getOrDefault("xmlrpc-response", 0)).isEqualTo(6);
        assertThat(counts.getOrDefault("llsd-xml", 0)).isGreaterThan(100);
        assertThat(counts.getOrDefault("skipped-non-xml", 0)).isEqualTo(1);
    }

    static String classify(String body) {
        String s = body.strip();
        if (s.isEmpty()) {
            return "skipped-empty";
        }
        if (s.contains("<methodCall")) {
            return "xmlrpc-call";
        }
        if (s.contains("<methodResponse")) {
            return "xmlrpc-response";
        }
        if (s.startsWith("<llsd") || (s.startsWith("<?xml") && s.contains("<llsd"))) {
            return "llsd-xml";
        }
        return "skipped-non-xml";
    }

    private static void roundTripLlsd(String body) {
        Object first = LlsdXml.parse(body.getBytes(StandardCharsets.UTF_8));
        Object again = LlsdXml.parse(LlsdXml.format(first));
        assertThat(Llsd.deepEquals(first, again)).isTrue();
        assertThat(Llsd.deepEquals(first, LlsdBinary.parse(LlsdBinary.format(first)))).isTrue();
        assertThat(Llsd.deepEquals(first, LlsdNotation.parse(LlsdNotation.format(first)))).isTrue();
    }

    private static void roundTripCall(String body) {
        XmlRpcCall call = XmlRpc.decodeCall(body.getBytes(StandardCharsets.UTF_8));
        XmlRpcCall again = XmlRpc.decodeCall(XmlRpc.encodeCall(call).getBytes(StandardCharsets.UTF_8));
        assertThat(again.method()).isEqualTo(call.method()).isEqualTo("login_to_simulator");
        assertThat(Llsd.deepEquals(again.params(), call.params())).isTrue();
    }

    private static void roundTripResponse(String body) {
        Object first = XmlRpc.decodeResponse(body.getBytes(StandardCharsets.UTF_8));
        Object again = XmlRpc.decodeResponse(XmlRpc.encodeResponse(first).getBytes(StandardCharsets.UTF_8));
        assertThat(Llsd.deepEquals(first, again)).isTrue();
    }
}
