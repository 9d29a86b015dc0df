package io.gridprobe.protocol.eventqueue;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.protocol.http.CapabilityUris;
import io.gridprobe.protocol.llsd.Llsd;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventRenderingTest {
    @Test
    void secretsAreMaskedAndBinariesSummarised() {
        UUID session = UUID.randomUUID();
        Object body = Llsd.mapOf("AgentData", List.of(Llsd.mapOf("AgentID", new UUID(0, 7), "SessionID", session,
                        "secure_session_id", UUID.randomUUID())),
                "RegionData", List.of(Llsd.mapOf("SeedCapability",
                        "http://127.0.0.1:9000/CAPS/5e8f7157-ebbe-4964-bae6-53b5562879e40000/",
                        "RegionHandle", new byte[] {0, 3, (byte) 0xe9, 0, 0, 3, (byte) 0xe8, 0},
                        "Bitmap", new byte[512])),
                "seed-capability", URI.create("http://h:1/CAPS/abcdef0123456789/"));
        String text = EventRendering.compact(body);
        assertThat(text).contains("'SessionID':'***'").contains("'secure_session_id':'***'")
                .doesNotContain(session.toString()).doesNotContain("5e8f7157-ebbe").doesNotContain("abcdef0123456789")
                .contains("0x0003e9000003e800").contains("binary(512 bytes)").contains("00000000-0000-0000-0000-000000000007");
    }

    @Test
    void longRenderingsAreCut() {
        String text = EventRendering.compact(Llsd.mapOf("x", "y".repeat(5000)));
        assertThat(text.length()).isLessThan(EventRendering.MAX_CHARS + 40);
    }

    @Test
    void capabilityUrisKeepHostAndAShortPrefix() {
        assertThat(CapabilityUris.redact(URI.create("http://127.0.0.1:9000/CAPS/693281c3-19e9-4353/")))
                .isEqualTo("http://127.0.0.1:9000/CAPS/693…");
        assertThat(CapabilityUris.redact(URI.create("https://sim1.agni.lindenlab.com:12043/cap/abc")))
                .isEqualTo("https://sim1.agni.lindenlab.com:12043/cap/abc");
        assertThat(CapabilityUris.redact("not a uri at all %%%")).isEqualTo("not a uri…");
    }
}
