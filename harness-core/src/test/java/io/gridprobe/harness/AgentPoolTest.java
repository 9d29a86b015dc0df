package io.gridprobe.harness;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.fixtures.grid.EmbeddedGrid;
import io.gridprobe.fixtures.grid.GridConfig;
import io.gridprobe.fixtures.grid.account.Account;
import io.gridprobe.fixtures.grid.account.SeededAccounts;
import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.protocol.login.StartLocation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Many logins through a few slots: who got in, who did not and why, and everyone out at the end. */
class AgentPoolTest {
    @Test
    void logsEveryoneInThroughAFewSlotsSaysWhoFailedAndLogsThemAllOut() throws Exception {
        List<Account> accounts = SeededAccounts.pool().subList(0, 5);
        try (EmbeddedGrid grid = EmbeddedGrid.start(GridConfig.builder().accounts(SeededAccounts.allWithPool()).build());
             GridClient client = EmbeddedGridClient.of(grid)) {
            List<Credentials> who = new ArrayList<>();
            for (int i = 0; i < accounts.size(); i++) {
                Account a = accounts.get(i);
                who.add(EmbeddedGridClient.credentials("bot" + i, a));
            }
            Account x = accounts.get(0);
            who.add(new Credentials("impostor", x.first(), x.last(), "not-the-password"));
            try (AgentPool pool = new AgentPool(client, 2)) {
                List<Agent> in = pool.loginAll(who, StartLocation.last()).get(60, TimeUnit.SECONDS);

                assertThat(in).hasSize(5);
                assertThat(pool.online()).containsOnlyKeys("bot0", "bot1", "bot2", "bot3", "bot4");
                assertThat(pool.failures()).containsOnlyKeys("impostor");
                assertThat(pool.failureReport()).startsWith("impostor: ").doesNotContain("not-the-password");
                accounts.forEach(a -> assertThat(grid.isLoggedIn(a.agentId())).as(a.first()).isTrue());
            }
            Awaitility.await("every pooled agent logged out").atMost(Duration.ofSeconds(20))
                    .until(() -> accounts.stream().noneMatch(a -> grid.isLoggedIn(a.agentId())));
        }
    }
}
