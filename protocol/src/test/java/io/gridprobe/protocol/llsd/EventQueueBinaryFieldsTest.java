package io.gridprobe.protocol.llsd;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.protocol.llsd.CaptureBodies.HttpMessage;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The big-endian {@code <binary>} fields of captured event-queue messages decode to the grid's real values. */
class EventQueueBinaryFieldsTest {
    private static final int BETA_X = 1001 * 256;
    private static final int BETA_Y = 1000 * 256;

    @Test
    void regionHandlesAddressesAndPortsDecode() {
        Set<String> seen = new HashSet<>();
        for (HttpMessage m : CaptureBodies.all()) {
            if (!m.body().contains("<key>events</key>")) {
                continue;
            }
            for (Object e : Llsd.array(Llsd.required(LlsdXml.parse(m.body()), "events"))) {
                String message = Llsd.string(Llsd.required(e, "message"));
                Map<String, Object> body = Llsd.map(Llsd.required(e, "body"));
                switch (message) {
                    case "EnableSimulator" -> checkRegion(first(body, "SimulatorInfo"), "Handle", "IP", "Port");
                    case "TeleportFinish" -> {
                        Map<String, Object> info = first(body, "Info");
                        checkRegion(info, "RegionHandle", "SimIP", "SimPort");
                        assertThat(LlsdBinaryFields.u32(info.get("LocationID"))).isEqualTo(4);
                        assertThat(LlsdBinaryFields.u32(info.get("TeleportFlags"))).isEqualTo(16);
                    }
                    case "CrossedRegion" -> checkRegion(first(body, "RegionData"), "RegionHandle", "SimIP", "SimPort");
                    case "BulkUpdateInventory" -> {
                        Map<String, Object> item = first(body, "ItemData");
                        // Both captured gifts are next-owner no-copy: transfer|modify|move (0x86000)
                        // plus low "folded" bits on base/owner.
                        assertThat(LlsdBinaryFields.u32(item.get("NextOwnerMask"))).isEqualTo(0x86000);
                        assertThat(LlsdBinaryFields.u32(item.get("BaseMask")) & ~0xfL).isEqualTo(0x86000);
                        assertThat(LlsdBinaryFields.u32(item.get("EveryoneMask"))).isZero();
                    }
                    default -> {
                        continue;
                    }
                }
                seen.add(message);
            }
        }
        assertThat(seen).contains("EnableSimulator", "TeleportFinish", "CrossedRegion", "BulkUpdateInventory");
    }

    private static void checkRegion(Map<String, Object> info, String handleKey, String ipKey, String portKey) {
        long handle = LlsdBinaryFields.regionHandle(info.get(handleKey));
        assertThat(LlsdBinaryFields.regionX(handle)).isEqualTo(BETA_X);
        assertThat(LlsdBinaryFields.regionY(handle)).isEqualTo(BETA_Y);
        assertThat(LlsdBinaryFields.ipv4String(info.get(ipKey))).isEqualTo("127.0.0.1");
        assertThat(LlsdBinaryFields.ipv4(info.get(ipKey)).isLoopbackAddress()).isTrue();
        assertThat(LlsdBinaryFields.port(info.get(portKey))).isEqualTo(9001);
        assertThat(LlsdBinaryFields.u32(info.get("RegionSizeX"))).isEqualTo(256);
        assertThat(LlsdBinaryFields.u32(info.get("RegionSizeY"))).isEqualTo(256);
    }

    private static Map<String, Object> first(Map<String, Object> body, String block) {
        List<Object> blocks = Llsd.array(Llsd.required(body, block));
        return Llsd.map(blocks.get(0));
    }
}
