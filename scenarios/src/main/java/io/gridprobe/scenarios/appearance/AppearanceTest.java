package io.gridprobe.scenarios.appearance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.appearance.AppearanceManager;
import io.gridprobe.harness.appearance.AppearanceReadiness;
import io.gridprobe.harness.junit.GridTest;
import io.gridprobe.harness.junit.Login;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.packet.Message;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import io.gridprobe.scenarios.support.Await;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Avatars look like avatars: the grid knows what one wears (all four body parts, or it would be a cloud), and a
 * changed appearance reaches the others in the region. Grids that bake appearance server-side (Second Life) do
 * neither the old way; those checks are skipped there with the reason.
 */
@GridTest
@Tag("appearance")
class AppearanceTest {
    private static final String SERVER_SIDE_BAKING = "UpdateAvatarAppearance";

    @Test
    void theGridKnowsTheAvatarWearsAllFourBodyParts(@Login("alice") Agent alice) throws Exception {
        AppearanceReadiness ready = Await.result(alice.appearance().ready());
        assumeTrue(ready.mode() == AppearanceReadiness.Mode.WEARABLES_FROM_GRID,
                "grid bakes appearance server-side: it lists no wearables");
        assertThat(ready.hasAllBodyParts()).as("shape, skin, hair and eyes among " + ready.wearables()).isTrue();
    }

    @Test
    void aChangedAppearanceReachesOthersInTheRegion(@Login("alice") Agent alice, @Login("bob") Agent bob)
            throws Exception {
        assumeFalse(alice.region().connection().capabilities().has(SERVER_SIDE_BAKING),
                "grid bakes appearance server-side: AgentSetAppearance is not how appearance travels there");
        assumeTrue(alice.region().handle() == bob.region().handle(), "alice and bob are not in the same region");
        byte[] params = new byte[218];
        for (int i = 0; i < params.length; i++) {
            params[i] = (byte) (i * 7 % 256);
        }
        CompletableFuture<UdpMessage> seen = bob.waitForMessage("AvatarAppearance",
                m -> m.message().block("Sender").uuid("ID").equals(alice.id()) && sameParams(m.message(), params),
                Duration.ofSeconds(20));
        Await.result(alice.appearance().setAppearance(AppearanceManager.plainTextureEntry(), params));
        assertThat(Await.result(seen).message().blockCount("VisualParam")).isEqualTo(params.length);
    }

    private static boolean sameParams(Message m, byte[] params) {
        if (m.blockCount("VisualParam") != params.length) {
            return false;
        }
        for (int i = 0; i < params.length; i++) {
            if (m.block("VisualParam", i).u8("ParamValue") != (params[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

}
