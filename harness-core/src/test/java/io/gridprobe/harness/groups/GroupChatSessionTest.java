package io.gridprobe.harness.groups;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridprobe.fixtures.grid.EmbeddedGrid;
import io.gridprobe.fixtures.grid.GridConfig;
import io.gridprobe.fixtures.grid.account.Account;
import io.gridprobe.fixtures.grid.account.SeededAccounts;
import io.gridprobe.fixtures.grid.service.RegionService;
import io.gridprobe.harness.EmbeddedGridClient;
import io.gridprobe.harness.GridClient;
import io.gridprobe.harness.agent.Agent;
import io.gridprobe.protocol.login.StartLocation;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A group chat whose session the grid never confirms is a failure that says so, not a line sent into the void. */
class GroupChatSessionTest {
    /** A grid without group chat: the session start (an IM, acked by the circuit) gets no answer. */
    private static final RegionService NOTHING = region -> {
    };

    @Test
    void aSessionTheGridNeverConfirmsFailsTheChat() throws Exception {
        Account a = SeededAccounts.ALICE;
        GridConfig config = GridConfig.builder().service(NOTHING).withoutDefaultServices().build();
        try (EmbeddedGrid grid = EmbeddedGrid.start(config);
             GridClient client = EmbeddedGridClient.of(grid)) {
            Agent alice = client.login(EmbeddedGridClient.credentials("alice", a), StartLocation.last())
                    .get(30, TimeUnit.SECONDS);
            try {
                UUID group = UUID.randomUUID();
                assertThatThrownBy(() -> alice.groups().chat(group, "hello, group").get(30, TimeUnit.SECONDS))
                        .isInstanceOf(ExecutionException.class).cause()
                        .isInstanceOf(GroupChatNotStartedException.class)
                        .hasMessageContaining("no ChatterBoxSessionStartReply").hasMessageContaining(group.toString());
            } finally {
                alice.logout().get(10, TimeUnit.SECONDS);
            }
        }
    }
}
