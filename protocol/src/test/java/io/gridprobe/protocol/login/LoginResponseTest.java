package io.gridprobe.protocol.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridprobe.protocol.llsd.Llsd;
import io.gridprobe.protocol.xmlrpc.XmlRpc;
import io.gridprobe.protocol.xmlrpc.XmlRpcException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LoginResponseTest {
    private static final UUID AGENT = UUID.fromString("6f1a0b52-0000-4000-8000-000000000002");
    private static final UUID SESSION = UUID.fromString("1514914c-1249-4386-ba0f-489b0bf4a2f7");
    private static final UUID SECURE = UUID.fromString("e98a53ac-d63e-40ce-b35b-53c4de833e28");
    private static final UUID ROOT = UUID.fromString("ee7be03b-3a96-496d-ae46-9e4cc5b27e4c");

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static LoginSuccess sample() {
        return LoginSuccess.builder().agentId(AGENT).sessionId(SESSION).secureSessionId(SECURE)
                .circuitCode(3_000_000_000L).sim("127.0.0.1", 9000)
                .seedCapability(URI.create("http://127.0.0.1:9000/CAPS/693281c3-19e9-4353-b4d7-6fb2b80ff5160000/"))
                .region(256000, 256256).lookAt(new LookAt(0.99, 0.1, 0)).name("Test", "Alice").message("hi")
                .inventoryRoot(ROOT)
                .inventorySkeleton(List.of(new InventoryFolder(ROOT, Llsd.ZERO_UUID, "My Inventory", 8, 18)))
                .buddyList(List.of(new Buddy(UUID.randomUUID(), 1, 3))).secondsSinceEpoch(1_795_608_330L)
                .extra("inventory-lib-owner", List.of(Map.of("agent_id", "11111111-1111-0000-0000-000100bba000")))
                .build();
    }

    @Test
    void builtSuccessRoundTripsThroughTheWire() {
        LoginSuccess s = sample();
        LoginSuccess back = (LoginSuccess) LoginResponse.parse(utf8(s.toXmlRpcResponse()));
        assertThat(back.agentId()).isEqualTo(AGENT);
        assertThat(back.circuitCode()).isEqualTo(3_000_000_000L);
        assertThat(back.regionHandle()).isEqualTo(256000L << 32 | 256256L);
        assertThat(back.lookAt()).isEqualTo(new LookAt(0.99, 0.1, 0));
        assertThat(back.inventorySkeleton()).isEqualTo(s.inventorySkeleton());
        assertThat(back.buddyList()).isEqualTo(s.buddyList());
        assertThat(back.inventoryRoot()).isEqualTo(ROOT);
        assertThat(back.secondsSinceEpoch()).isEqualTo(1_795_608_330L);
        assertThat(back.raw()).containsKey("inventory-lib-owner");
        assertThat(LoginResponse.parse(utf8(back.toXmlRpcResponse()))).isEqualTo(back);
    }

    @Test
    void builtResponseHasWhatClientsReadUnchecked() throws Exception {
        Map<String, Object> s = Llsd.map(XmlRpc.decodeResponse(utf8(sample().toXmlRpcResponse())));
        assertThat(s).containsEntry("login", "true").containsEntry("region_x", 256000)
                .containsEntry("sim_port", 9000).containsEntry("look_at", "[r0.99,r0.1,r0]")
                .containsEntry("agent_id", AGENT.toString()).containsEntry("http_port", 0)
                .containsKeys("home", "login-flags", "ui-config", "inventory-root", "inventory-skeleton", "buddy-list", "seconds_since_epoch", "start_location");
        // node-metaverse reads 'home' by turning [ ] ' into " and parsing JSON.
        String home = Llsd.string(s.get("home")).replaceAll("[\\[\\]']", "\"");
        JsonNode json = new ObjectMapper().readTree(home);
        assertThat(json.get("region_handle").asText()).isEqualTo("r256000,r256256");
        assertThat(Llsd.map(Llsd.array(s.get("login-flags")).get(0))).containsEntry("ever_logged_in", "Y");
    }

    @Test
    void toleratesStringNumbersBooleanLoginAndQuotedNames() {
        Map<String, Object> raw = Llsd.mapOf("login", Boolean.TRUE, "agent_id", AGENT.toString(),
                "session_id", SESSION.toString(), "secure_session_id", SECURE.toString(), "circuit_code", "123",
                "sim_ip", "10.0.0.1", "sim_port", "13000", "seed_capability", "https://sim.example/cap/abc",
                "region_x", "256000", "region_y", 256000.0, "first_name", "\"Resident\"", "look_at", "[0.5, 0.5, 0]",
                "buddy-list", List.of(Map.of("buddy_id", AGENT.toString(), "buddy_rights_given", "1",
                        "buddy_rights_has", 3)));
        LoginSuccess s = (LoginSuccess) LoginResponse.fromValue(raw);
        assertThat(s.circuitCode()).isEqualTo(123);
        assertThat(s.simPort()).isEqualTo(13000);
        assertThat(s.regionX()).isEqualTo(256000);
        assertThat(s.regionY()).isEqualTo(256000);
        assertThat(s.regionSizeX()).isEqualTo(256);
        assertThat(s.firstName()).isEqualTo("Resident");
        assertThat(s.lookAt()).isEqualTo(new LookAt(0.5, 0.5, 0));
        assertThat(s.inventoryRoot()).isNull();
        assertThat(s.buddyList()).containsExactly(new Buddy(AGENT, 1, 3));
    }

    @Test
    void missingOrBrokenRequiredFieldsAreNamed() {
        Map<String, Object> raw = Llsd.mapOf("login", "true", "session_id", SESSION.toString());
        assertThatThrownBy(() -> LoginResponse.fromValue(raw)).isInstanceOf(LoginFormatException.class)
                .hasMessage("malformed login response: 'agent_id' missing");
        Map<String, Object> bad = Llsd.map(XmlRpc.decodeResponse(utf8(sample().toXmlRpcResponse())));
        bad.put("sim_port", "ninety");
        assertThatThrownBy(() -> LoginResponse.fromValue(bad)).isInstanceOf(LoginFormatException.class)
                .hasMessageContaining("'sim_port'");
        assertThatThrownBy(() -> LoginResponse.parse(utf8("<html>502 Bad Gateway</html>")))
                .isInstanceOf(XmlRpcException.class);
        assertThatThrownBy(() -> LoginResponse.fromValue(List.of())).isInstanceOf(LoginFormatException.class);
    }

    @Test
    void failuresKeepReasonMessageAndRaw() {
        LoginFailure key = (LoginFailure) LoginResponse.parse(
                utf8(LoginFailure.of("key", "Could not authenticate your avatar.").toXmlRpcResponse()));
        assertThat(key.reason()).isEqualTo("key");
        assertThat(key.message()).isEqualTo("Could not authenticate your avatar.");
        assertThat(key.raw()).containsEntry("login", "false");
        assertThat(key.isIndeterminate()).isFalse();

        String indeterminate = XmlRpc.encodeResponse(Llsd.mapOf("login", "indeterminate", "next_url",
                "https://login.example/next", "next_method", "login_to_simulator", "message", "wait"));
        LoginFailure f = (LoginFailure) LoginResponse.parse(utf8(indeterminate));
        assertThat(f.isIndeterminate()).isTrue();
        assertThat(f.message()).isEqualTo("wait");
        assertThat(f.nextUrl()).contains("https://login.example/next");
        assertThat(f.raw()).containsEntry("next_method", "login_to_simulator");

        LoginFailure fault = (LoginFailure) LoginResponse.parse(utf8(XmlRpc.encodeFault(500, "boom")));
        assertThat(fault.reason()).isEqualTo("xmlrpc-fault");
        assertThat(fault.message()).isEqualTo("boom");

        LoginFailure noFlag = (LoginFailure) LoginResponse.fromValue(Llsd.mapOf("message", "?"));
        assertThat(noFlag.reason()).isEqualTo("malformed");
    }

    @Test
    void toStringHidesSessionsAndCapabilityPath() {
        String text = sample().toString();
        assertThat(text).doesNotContain(SESSION.toString()).doesNotContain(SECURE.toString())
                .doesNotContain("693281c3-19e9-4353-b4d7-6fb2b80ff5160000")
                .contains("sessionId=****a2f7", "secureSessionId=****3e28", "http://127.0.0.1:9000/****")
                .contains(AGENT.toString());
    }

    @Test
    void lookAtForms() {
        assertThat(LookAt.parse("[r0.99,r0.1,r0]")).contains(new LookAt(0.99, 0.1, 0));
        assertThat(LookAt.parse("[r1, r0, r0]")).contains(new LookAt(1, 0, 0));
        assertThat(LookAt.parse("[i1,i0,i0]")).contains(new LookAt(1, 0, 0));
        assertThat(LookAt.parse("nonsense")).isEmpty();
        assertThat(LookAt.NORTH.toLoginString()).isEqualTo("[r0,r1,r0]");
    }
}
