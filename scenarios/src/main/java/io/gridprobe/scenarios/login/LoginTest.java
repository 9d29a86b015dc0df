package io.gridprobe.scenarios.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.core.AgentState;
import io.gridprobe.harness.junit.GridTarget;
import io.gridprobe.harness.junit.GridTest;
import io.gridprobe.harness.junit.Login;
import io.gridprobe.harness.junit.Roles;
import io.gridprobe.protocol.login.LoginRefusedException;
import io.gridprobe.protocol.login.StartLocation;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/** Can people get in at all: every role logs in and out, and a wrong password is refused with the grid's reason. */
@GridTest
@Tag("login")
class LoginTest {

    @Test
    @Tag("smoke")
    void eachRoleLogsInReadyAndLogsOut(@Login("alice") Agent alice, @Login("bob") Agent bob, TestReporter report) {
        for (Agent a : new Agent[] {alice, bob}) {
            assertThat(a.state()).isEqualTo(AgentState.ONLINE);
            assertThat(a.region().connection().capabilities().has("EventQueueGet")).isTrue();
            assertThat(a.region().name()).isNotBlank();
            report.publishEntry(a.role() + " timings", a.timings().toString());
        }
        alice.logout().orTimeout(30, TimeUnit.SECONDS).join();
        assertThat(alice.state()).isEqualTo(AgentState.OFFLINE);
    }

    @Roles("alice")
    @Test
    void aWrongPasswordIsRefusedWithTheGridsReason(GridTarget grid) {
        Credentials alice = grid.credentials("alice");
        Credentials wrong = new Credentials("alice", alice.firstName(), alice.lastName(), alice.password() + "-wrong");
        assertThatThrownBy(() -> grid.client().login(wrong, StartLocation.last()).get(60, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(LoginRefusedException.class)
                .satisfies(e -> assertThat(((LoginRefusedException) e).reason()).isEqualTo("key"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(wrong.password()));
    }

    @Roles("carol")
    @Test
    void aSecondLoginKicksTheFirstAndSucceeds(GridTarget grid) throws Exception {
        Credentials carol = grid.credentials("carol");
        try (Agent first = grid.client().login(carol).get(60, TimeUnit.SECONDS)) {
            assertThat(first.state()).isEqualTo(AgentState.ONLINE);
            try (Agent second = grid.client().login(carol).get(60, TimeUnit.SECONDS)) {
                assertThat(second.state()).isEqualTo(AgentState.ONLINE);
                assertThat(second.timings().presenceRetries()).isPositive();
                assertThat(second.session().sessionId()).isNotEqualTo(first.session().sessionId());
            }
        }
    }

    @Test
    void loginTimingBreakdownIsRecorded(@Login("bob") Agent bob, TestReporter report) {
        var t = bob.timings();
        assertThat(t.loginHttp()).isPositive();
        assertThat(t.total()).isGreaterThanOrEqualTo(t.loginHttp()).isLessThan(Duration.ofSeconds(60));
        report.publishEntry("login-to-ready ms", String.valueOf(t.total().toMillis()));
    }
}
