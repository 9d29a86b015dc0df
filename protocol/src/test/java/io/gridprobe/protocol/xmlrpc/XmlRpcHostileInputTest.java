package io.gridprobe.protocol.xmlrpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridprobe.protocol.llsd.HostileInputTest;
import io.gridprobe.protocol.llsd.ParseLimits;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlRpcHostileInputTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void externalEntitiesAreRefusedAndNothingIsRead() {
        String doc = HostileInputTest.XXE + "<methodResponse><params><param><value><string>&e;</string></value>"
                + "</param></params></methodResponse>";
        Throwable t = catchThrowable(() -> XmlRpc.decodeResponse(utf8(doc)));
        assertThat(t).isInstanceOf(XmlRpcException.class);
        assertThat(HostileInputTest.allMessages(t)).doesNotContain("root:").containsIgnoringCase("DOCTYPE");
        String call = HostileInputTest.XXE + "<methodCall><methodName>&e;</methodName></methodCall>";
        assertThatThrownBy(() -> XmlRpc.decodeCall(utf8(call))).isInstanceOf(XmlRpcException.class);
    }

    @Test
    void billionLaughsIsRefused() {
        String doc = HostileInputTest.BILLION_LAUGHS + "<methodCall><methodName>&lol9;</methodName></methodCall>";
        assertThatThrownBy(() -> XmlRpc.decodeCall(utf8(doc))).isInstanceOf(XmlRpcException.class);
    }

    @Test
    void deepNestingIsCapped() {
        int n = 100_000;
        String arrays = "<methodResponse><params><param>" + "<value><array><data>".repeat(n)
                + "</data></array></value>".repeat(n) + "</param></params></methodResponse>";
        assertThatThrownBy(() -> XmlRpc.decodeResponse(utf8(arrays))).isInstanceOf(XmlRpcException.class)
                .hasMessageContaining("nesting");
        String structs = "<methodCall><methodName>m</methodName><params><param>"
                + "<value><struct><member><name>a</name>".repeat(n) + "<value/>"
                + "</member></struct></value>".repeat(n) + "</param></params></methodCall>";
        assertThatThrownBy(() -> XmlRpc.decodeCall(utf8(structs))).isInstanceOf(XmlRpcException.class)
                .hasMessageContaining("nesting");
    }

    @Test
    void sizeIsCapped() {
        byte[] big = utf8(XmlRpc.encodeResponse("x".repeat(1000)));
        assertThatThrownBy(() -> XmlRpc.decodeResponse(big, new ParseLimits(512, 8)))
                .isInstanceOf(XmlRpcException.class).hasMessageContaining("limit");
    }

    @Test
    void truncatedDocumentsFail() {
        String full = XmlRpc.encodeCall("login_to_simulator",
                java.util.List.of(io.gridprobe.protocol.llsd.Llsd.mapOf("first", "Test", "n", 1)));
        for (int cut = 0; cut < full.length(); cut++) {
            byte[] part = utf8(full.substring(0, cut));
            assertThatThrownBy(() -> XmlRpc.decodeCall(part)).as("cut " + cut).isInstanceOf(XmlRpcException.class);
        }
    }

    private static Throwable catchThrowable(Runnable r) {
        try {
            r.run();
            return null;
        } catch (Throwable t) {
            return t;
        }
    }
}
