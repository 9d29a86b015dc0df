package io.gridprobe.harness.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridprobe.harness.config.AccountPool;
import io.gridprobe.harness.config.ConfigurationException;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.config.HarnessConfig;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a scenario class sees through its view of the run's grid: its leased accounts, its lane, nothing else. */
class GridTargetLeaseTest {
    private static final URI GRID = URI.create("http://127.0.0.1:9/");
    private final GridTarget shared = new GridTarget(new HarnessConfig(GRID, Map.of(), List.of(), 1.0, "test"), GRID,
            Map.of("owner", Credentials.of("owner", "Test Owner", "o-secret"),
                    "alice", Credentials.of("alice", "Test Alice", "a-secret")),
            new AccountPool(List.of(Credentials.of(AccountPool.ROLE, "Pool Bot0", "p0"),
                    Credentials.of(AccountPool.ROLE, "Pool Bot1", "p1"))),
            List.of("Alpha"), "test grid", null);

    @AfterEach
    void close() {
        shared.close();
    }

    @Test
    void aViewGivesTheLeasedAccountsAndRefusesRolesTheClassDidNotDeclare() throws Exception {
        try (GridTarget chat = shared.leaseFor("ChatTest", List.of("alice", "owner"), Duration.ofSeconds(5));
             GridTarget im = shared.leaseFor("ImTest", List.of("alice"), Duration.ofSeconds(5))) {
            assertThat(chat.credentials("alice").fullName()).isEqualTo("Pool Bot0");
            assertThat(chat.credentials("alice").role()).isEqualTo("alice");
            assertThat(chat.credentials("owner").fullName()).isEqualTo("Test Owner");
            assertThat(im.credentials("alice").fullName()).isEqualTo("Pool Bot1");
            assertThat(chat.accounts()).containsOnlyKeys("alice", "owner");
            assertThatThrownBy(() -> im.credentials("bob")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not among the roles ImTest declared").hasMessageContaining("@Roles(\"bob\")");
            assertThatThrownBy(() -> shared.credentials("zed")).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("no account configured for role 'zed'");
            assertThat(chat.spot("Alpha", 128, 128, 25).wireValue()).contains("Alpha&128&128&25");
            assertThat(im.laneOffsetY()).isEqualTo(40);
            assertThat(im.spot("Alpha", 128, 128, 25).wireValue()).contains("Alpha&128&168&25");
            assertThat(im.client()).isSameAs(shared.client());
        }
        assertThat(shared.leases().heldAccounts()).isEmpty();
        assertThat(shared.credentials("alice").fullName()).as("the run's own target keeps the named roles")
                .isEqualTo("Test Alice");
    }
}
