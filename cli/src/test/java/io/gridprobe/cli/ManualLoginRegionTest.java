package io.gridprobe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridprobe.fixtures.grid.EmbeddedGrid;
import io.gridprobe.fixtures.grid.account.Account;
import io.gridprobe.fixtures.grid.account.SeededAccounts;
import io.gridprobe.harness.GridClient;
import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.config.HarnessConfig;
import io.gridprobe.harness.core.AgentState;
import io.gridprobe.protocol.login.StartLocation;
import io.gridprobe.scenarios.support.ManualLogin;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An observer logged in somewhere else than asked (a grid's fallback region) fails the test at once, naming the
 * region the grid chose, instead of letting the test go on as if the observer were where it asked.
 */
class ManualLoginRegionTest {
    @Test
    void anAgentTheGridPutElsewhereFailsSayingWhereAndIsLoggedOut() throws Exception {
        Account a = SeededAccounts.ALICE;
        try (EmbeddedGrid grid = EmbeddedGrid.start();
             GridClient client = GridClient.create(grid.loginUri(),
                     new HarnessConfig(grid.loginUri(), Map.of(), List.of(), 1.0, "test"))) {
            Agent alice = client.login(new Credentials("alice", a.first(), a.last(), a.password()),
                    StartLocation.uri("Alpha", 128, 128, 25)).get(60, TimeUnit.SECONDS);
            assertThat(ManualLogin.inRegion(alice, "alpha")).isSameAs(alice); // names compare without case
            assertThatThrownBy(() -> ManualLogin.inRegion(alice, "Beta")).isInstanceOf(AssertionError.class)
                    .hasMessage("the grid logged alice in to Alpha, not to Beta as asked");
            assertThat(alice.state()).isNotEqualTo(AgentState.ONLINE);
        }
    }
}
