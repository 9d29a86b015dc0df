package io.gridprobe.harness.teleport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridprobe.fixtures.grid.EmbeddedGrid;
import io.gridprobe.fixtures.grid.GridConfig;
import io.gridprobe.fixtures.grid.account.Account;
import io.gridprobe.fixtures.grid.account.SeededAccounts;
import io.gridprobe.fixtures.grid.service.RegionService;
import io.gridprobe.harness.EmbeddedGridClient;
import io.gridprobe.harness.GridClient;
import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.events.TeleportFailed;
import io.gridprobe.protocol.login.StartLocation;
import io.gridprobe.protocol.types.Vector3;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A grid answering a teleport with a TeleportFinish the harness cannot read: the teleport fails at once, saying so,
 * instead of timing out 45 s later with "no TeleportFinish" (which would blame the grid for silence).
 */
class UnreadableTeleportFinishTest {
    private static final String SEED = "http://127.0.0.1:1/seed-capability-secret/";

    /** Answers every teleport request with a TeleportFinish whose SimIP is not an address. */
    private static final RegionService GARBLED_FINISH = region -> region.onMessage("TeleportLocationRequest",
            (a, m) -> region.postEvent(a.agentId(), "TeleportFinish", Map.of("Info", List.of(Map.of(
                    "AgentID", a.agentId(), "RegionHandle", "not a handle", "SimIP", "nowhere", "SimPort", -1,
                    "SeedCapability", SEED, "TeleportFlags", 16, "LocationID", 4, "SimAccess", 13)))));

    @Test
    void anUnreadableTeleportFinishFailsTheTeleportNowWithTheReason() throws Exception {
        Account a = SeededAccounts.ALICE;
        GridConfig config = GridConfig.builder().service(GARBLED_FINISH).withoutDefaultServices().build();
        try (EmbeddedGrid grid = EmbeddedGrid.start(config);
             GridClient client = EmbeddedGridClient.of(grid)) {
            Agent alice = client.login(EmbeddedGridClient.credentials("alice", a), StartLocation.last())
                    .get(30, TimeUnit.SECONDS);
            try {
                alice.events().mark();
                long handle = alice.region().handle();
                assertThatThrownBy(() -> alice.teleport().teleport(handle, new Vector3(30, 30, 25)).get(30, TimeUnit.SECONDS))
                        .isInstanceOf(ExecutionException.class).cause().isInstanceOf(TeleportFailedException.class)
                        .hasMessageContaining("TeleportFinish the harness cannot read")
                        .hasMessageNotContaining("seed-capability-secret");
                TeleportFailed failed = alice.events().next(TeleportFailed.class, Duration.ofSeconds(5));
                assertThat(failed.reason()).contains("cannot read").doesNotContain("seed-capability-secret");
            } finally {
                alice.logout().get(10, TimeUnit.SECONDS);
            }
        }
    }
}
