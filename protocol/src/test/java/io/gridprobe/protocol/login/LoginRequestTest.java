package io.gridprobe.protocol.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridprobe.protocol.llsd.Llsd;
import io.gridprobe.protocol.xmlrpc.XmlRpc;
import io.gridprobe.protocol.xmlrpc.XmlRpcCall;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginRequestTest {
    @Test
    void hashesPlainPasswordsOnly() {
        assertThat(LoginRequest.hashPassword("password")).isEqualTo("$1$5f4dcc3b5aa765d61d8327deb882cf99");
        assertThat(LoginRequest.hashPassword("")).isEqualTo("$1$d41d8cd98f00b204e9800998ecf8427e");
        assertThat(LoginRequest.hashPassword("$1$abc")).isEqualTo("$1$abc");
    }

    @Test
    void encodesTheViewerStruct() {
        LoginRequest r = LoginRequest.builder("Test", "Bob", "secret pw")
                .start(StartLocation.uri("Alpha", 245, 128, 25)).channel("gridprobe").version("1.2.3")
                .platformVersion("6.1").viewerDigest("ce50e500-e6f0-15ab-4b9d-0591afb91ffe").extra("address_size", 64)
                .build();
        String xml = r.toXmlRpc();
        assertThat(xml).contains("<methodName>login_to_simulator</methodName>",
                "<string>uri:Alpha&amp;245&amp;128&amp;25</string>",
                "<name>agree_to_tos</name><value><boolean>1</boolean>",
                "<name>passwd</name><value><string>" + LoginRequest.hashPassword("secret pw") + "</string>",
                "<name>address_size</name><value><int>64</int>");
        assertThat(xml).doesNotContain("secret pw");
        Map<String, Object> struct = r.toStruct();
        assertThat(struct.keySet()).startsWith("first", "last", "passwd", "start", "channel", "version", "platform",
                "platform_version", "mac", "id0", "agree_to_tos", "read_critical", "viewer_digest", "options");
        assertThat(Llsd.array(struct.get("options"))).containsExactlyElementsOf(LoginRequest.DEFAULT_OPTIONS);

        LoginRequest decoded = LoginRequest.fromCall(XmlRpc.decodeCall(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(decoded.password()).isEqualTo(r.passwordHash());
        assertThat(decoded.start()).isEqualTo(r.start());
        assertThat(decoded.extra()).isEqualTo(Map.of("address_size", 64));
        assertThat(decoded.toString()).doesNotContain(r.passwordHash()).doesNotContain("secret");
        assertThat(r.toString()).doesNotContain("secret").doesNotContain(r.passwordHash()).contains("password=***");
    }

    @Test
    void startLocations() {
        assertThat(StartLocation.parse("last")).isSameAs(StartLocation.last());
        assertThat(StartLocation.parse("HOME")).isSameAs(StartLocation.home());
        assertThat(StartLocation.parse("uri:Beta Region&1&2.6&3")).isEqualTo(StartLocation.uri("Beta Region", 1, 3, 3));
        assertThat(StartLocation.parse("uri:broken")).isEqualTo(new StartLocation.Other("uri:broken"));
        assertThat(StartLocation.uri("Alpha", 245, 128, 25).wireValue()).isEqualTo("uri:Alpha&245&128&25");
        assertThatThrownBy(() -> StartLocation.uri("A&B", 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fromCallIsTolerantButNamesMissingFields() {
        Map<String, Object> s = Llsd.mapOf("first", "A", "last", "B", "passwd", "$1$x", "agree_to_tos", "true",
                "read_critical", 1, "options", List.of("buddy-list"));
        LoginRequest r = LoginRequest.fromCall(new XmlRpcCall("login_to_simulator", List.of(s)));
        assertThat(r.agreeToTos()).isTrue();
        assertThat(r.readCritical()).isTrue();
        assertThat(r.start()).isEqualTo(StartLocation.last());
        assertThatThrownBy(() -> LoginRequest.fromCall(new XmlRpcCall("login_to_simulator",
                List.of(Llsd.mapOf("first", "A", "last", "B")))))
                .isInstanceOf(LoginFormatException.class).hasMessageContaining("'passwd' missing");
        assertThatThrownBy(() -> LoginRequest.fromCall(new XmlRpcCall("other", List.of(s))))
                .isInstanceOf(LoginFormatException.class);
        assertThatThrownBy(() -> LoginRequest.builder("a", "b", "c").extra("passwd", "x").build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
