package io.gridprobe.protocol.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.protocol.llsd.CaptureBodies;
import io.gridprobe.protocol.llsd.CaptureBodies.HttpMessage;
import io.gridprobe.protocol.llsd.Llsd;
import io.gridprobe.protocol.xmlrpc.XmlRpc;
import io.gridprobe.protocol.xmlrpc.XmlRpcCall;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The captured login exchanges of real clients with OpenSim decode into sane typed values. */
class LoginCaptureTest {
    private static final int ALPHA_METRES = 1000 * 256;

    private static List<HttpMessage> bodies(String marker) {
        List<HttpMessage> found = CaptureBodies.all().stream().filter(m -> m.body().contains(marker)).toList();
        assertThat(found).as(marker).hasSize(6);
        return found;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void capturedResponsesAreSuccessesWithSaneFields() {
        for (HttpMessage m : bodies("<methodResponse>")) {
            LoginResponse response = LoginResponse.parse(utf8(m.body()));
            assertThat(response).as(m.where()).isInstanceOf(LoginSuccess.class);
            LoginSuccess s = (LoginSuccess) response;
            assertThat(s.agentId().toString()).startsWith("6f1a0b52-0000-4000-8000-00000000000");
            assertThat(s.sessionId()).isNotEqualTo(s.secureSessionId());
            assertThat(s.circuitCode()).isPositive();
            assertThat(s.simIp()).isEqualTo("127.0.0.1");
            assertThat(s.simPort()).isEqualTo(9000);
            assertThat(s.seedCapability().getScheme()).isEqualTo("http");
            assertThat(s.seedCapability().getAuthority()).isEqualTo("127.0.0.1:9000");
            assertThat(s.seedCapability().getPath()).startsWith("/CAPS/").endsWith("/");
            assertThat(s.regionX()).isEqualTo(ALPHA_METRES);
            assertThat(s.regionY()).isEqualTo(ALPHA_METRES);
            assertThat(s.regionHandle()).isEqualTo((long) ALPHA_METRES << 32 | ALPHA_METRES);
            assertThat(s.regionSizeX()).isEqualTo(256);
            assertThat(s.regionSizeY()).isEqualTo(256);
            assertThat(s.lookAt()).isEqualTo(new LookAt(0, 1, 0));
            assertThat(s.firstName()).isEqualTo("Test");
            assertThat(s.lastName()).isIn("Alice", "Bob", "Owner");
            assertThat(s.inventorySkeleton()).isNotEmpty();
            InventoryFolder root = s.inventorySkeleton().get(0);
            assertThat(root.name()).isEqualTo("My Inventory");
            assertThat(root.parentId()).isEqualTo(Llsd.ZERO_UUID);
            assertThat(s.inventoryRoot()).isEqualTo(root.folderId());
            assertThat(s.inventorySkeleton()).allSatisfy(f -> assertThat(f.version()).isPositive());
            assertThat(s.buddyList()).isEmpty();
            assertThat(s.secondsSinceEpoch()).isGreaterThan(1_700_000_000L);
            assertThat(s.raw()).hasSize(39).containsEntry("http_port", 0);
        }
    }

    @Test
    void probeCrossLoginHasTheRecordedValues() {
        HttpMessage m = bodies("<methodResponse>").stream().filter(b -> b.file().startsWith("probe_cross"))
                .findFirst().orElseThrow();
        LoginSuccess s = (LoginSuccess) LoginResponse.parse(utf8(m.body()));
        assertThat(s.agentId()).isEqualTo(UUID.fromString("6f1a0b52-0000-4000-8000-000000000003"));
        assertThat(s.sessionId()).isEqualTo(UUID.fromString("5dc83552-fcbf-4be9-9f59-d8c1d779818e"));
        assertThat(s.circuitCode()).isEqualTo(1_675_122_999L);
        assertThat(s.startLocation()).isEqualTo("url");
        assertThat(s.message()).isEqualTo("Welcome to the OpenSim loopback test peer");
        assertThat(s.toString()).doesNotContain("5dc83552-fcbf-4be9-9f59-d8c1d779818e")
                .doesNotContain("8de6893d-eb4a-4d19-a097-e265e9735a35")
                .doesNotContain("49c072c5-9805-4f37-b1bb-4c1acb84e7a3")
                .contains("sessionId=****818e");
    }

    @Test
    void writerReproducesOpenSimsResponseStruct() {
        for (HttpMessage m : bodies("<methodResponse>")) {
            Object original = XmlRpc.decodeResponse(utf8(m.body()));
            LoginSuccess s = (LoginSuccess) LoginResponse.fromValue(original);
            String rewritten = s.toXmlRpcResponse();
            assertThat(Llsd.deepEquals(XmlRpc.decodeResponse(utf8(rewritten)), original)).as(m.where()).isTrue();
            assertThat(LoginResponse.parse(utf8(rewritten))).isEqualTo(s);
        }
    }

    @Test
    void capturedRequestsDecodeWithFromCall() {
        for (HttpMessage m : bodies("<methodCall>")) {
            XmlRpcCall call = XmlRpc.decodeCall(utf8(m.body()));
            LoginRequest r = LoginRequest.fromCall(call);
            assertThat(r.first()).isEqualTo("Test");
            assertThat(r.last()).isIn("Alice", "Bob", "Owner");
            assertThat(r.password()).startsWith("$1$").hasSize(35);
            assertThat(r.passwordHash()).isEqualTo(r.password());
            assertThat(r.agreeToTos()).isTrue();
            assertThat(r.readCritical()).isTrue();
            assertThat(r.options()).contains("inventory-root", "inventory-skeleton", "buddy-list", "login-flags");
            assertThat(r.toString()).doesNotContain(r.password()).contains("password=***");
            if (m.file().startsWith("probe_cross")) {
                assertThat(r.start()).isEqualTo(StartLocation.uri("Alpha", 245, 128, 25));
                assertThat(r.channel()).isEqualTo("JavaHarnessProbe");
                assertThat(r.extra()).isEmpty();
            } else {
                assertThat(r.start()).isIn(StartLocation.last(), StartLocation.home());
                assertThat(r.channel()).isEqualTo("libnmv");
                assertThat(r.extra()).containsKeys("major", "minor", "patch", "build", "token", "mfa_hash");
                assertThat(r.viewerDigest()).isEqualTo("ce50e500-e6f0-15ab-4b9d-0591afb91ffe");
            }
            // Re-encoding keeps every member the client sent, with the same values.
            XmlRpcCall again = XmlRpc.decodeCall(utf8(r.toXmlRpc()));
            assertThat(Llsd.deepEquals(again.params(), call.params())).as(m.where()).isTrue();
            assertThat(LoginRequest.fromCall(again)).isEqualTo(r);
        }
    }

    @Test
    void everyLoginSeenIsForAKnownAccount() {
        Set<String> names = new java.util.TreeSet<>();
        for (HttpMessage m : bodies("<methodCall>")) {
            LoginRequest r = LoginRequest.fromCall(XmlRpc.decodeCall(utf8(m.body())));
            names.add(r.first() + " " + r.last());
        }
        assertThat(names).isSubsetOf("Test Alice", "Test Bob", "Test Owner");
    }
}
