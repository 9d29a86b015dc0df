package io.gridprobe.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridprobe.fixtures.grid.EmbeddedGrid;
import io.gridprobe.fixtures.grid.account.Account;
import io.gridprobe.fixtures.grid.account.SeededAccounts;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.core.LoginTookTooLongException;
import io.gridprobe.protocol.login.StartLocation;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A login given up on must not leave the account online when it succeeds after all (the next login would kick it). */
class AbandonedLoginTest {
    @Test
    void aLoginThatSucceedsAfterItsBoundIsLoggedOutAtOnce() {
        Account a = SeededAccounts.CAROL;
        try (EmbeddedGrid grid = EmbeddedGrid.start();
             GridClient client = EmbeddedGridClient.of(grid)) {
            Credentials carol = EmbeddedGridClient.credentials("carol", a);
            // a join takes milliseconds: a 1 ms bound is always over before it ends
            assertThatThrownBy(() -> client.login(carol, StartLocation.last(), Duration.ofMillis(1)).join())
                    .isInstanceOf(CompletionException.class).cause().isInstanceOf(LoginTookTooLongException.class)
                    .hasMessageContaining("carol").hasMessageNotContaining(a.password());
            // the grid saw the session start (the login went on) and then end (the late agent was logged out)
            // (the session lasts the join and the logout, tens of milliseconds: looked at every millisecond)
            Awaitility.await("the grid logs carol in").atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(1)).until(() -> grid.isLoggedIn(a.agentId()));
            Awaitility.await("the abandoned session ends").atMost(Duration.ofSeconds(10))
                    .until(() -> !grid.isLoggedIn(a.agentId()));
        }
    }
}
