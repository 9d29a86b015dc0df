package io.gridprobe.harness.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.gridprobe.harness.config.AccountPool;
import io.gridprobe.harness.config.ConfigurationException;
import io.gridprobe.harness.config.Credentials;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccountLeasesTest {
    private static final Duration LONG = Duration.ofSeconds(20);
    private final ExecutorService threads = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    private static Map<String, Credentials> named() {
        return Map.of("alice", Credentials.of("alice", "Test Alice", "a-secret"),
                "bob", Credentials.of("bob", "Test Bob", "b-secret"),
                "carol", Credentials.of("carol", "Test Carol", "c-secret"),
                "owner", Credentials.of("owner", "Test Owner", "o-secret"));
    }

    private static AccountPool pool(int n) {
        List<Credentials> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(Credentials.of(AccountPool.ROLE, "Pool Bot" + i, "p-secret"));
        }
        return new AccountPool(all);
    }

    @Test
    void pooledRolesGetDistinctPoolAccountsNamedAfterTheRoleAndTheOwnerStaysPinned() throws Exception {
        AccountLeases leases = new AccountLeases(named(), pool(6));
        try (Lease a = leases.lease("ChatTest", List.of("bob", "alice", "owner"), LONG);
             Lease b = leases.lease("ImTest", List.of("alice", "bob"), LONG)) {
            assertThat(a.credentials("alice").orElseThrow().fullName()).isEqualTo("Pool Bot0");
            assertThat(a.credentials("alice").orElseThrow().role()).isEqualTo("alice");
            assertThat(a.credentials("bob").orElseThrow().fullName()).isEqualTo("Pool Bot1");
            assertThat(a.credentials("owner").orElseThrow().fullName()).isEqualTo("Test Owner");
            assertThat(b.accounts().values()).extracting(Credentials::fullName).containsExactlyInAnyOrder("Pool Bot2", "Pool Bot3");
            assertThat(a.toString()).isEqualTo("ChatTest: alice=Pool Bot0, bob=Pool Bot1, owner=Test Owner (lane 0)")
                    .doesNotContain("secret");
        }
        assertThat(leases.heldAccounts()).isEmpty();
    }

    @Test
    void withoutAPoolEveryRoleIsItsNamedAccountAndUnconfiguredRolesAreLeftOut() throws Exception {
        AccountLeases leases = new AccountLeases(named(), AccountPool.EMPTY);
        try (Lease a = leases.lease("LoginTest", List.of("alice", "carol", "zed"), LONG)) {
            assertThat(a.accounts().keySet()).containsExactlyInAnyOrder("alice", "carol");
            assertThat(a.credentials("alice").orElseThrow().fullName()).isEqualTo("Test Alice");
            assertThat(leases.provides("zed")).isFalse();
        }
    }

    @Test
    void concurrentLeasesNeverShareAnAccount() throws Exception {
        AccountLeases leases = new AccountLeases(named(), pool(5));
        Set<String> inUse = ConcurrentHashMap.newKeySet();
        List<Future<Integer>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            List<String> roles = t % 3 == 0 ? List.of("alice", "bob", "owner") : t % 3 == 1 ? List.of("alice", "bob", "carol") : List.of("bob");
            done.add(threads.submit(() -> {
                int clashes = 0;
                for (int i = 0; i < 300; i++) {
                    try (Lease l = leases.lease("T" + Thread.currentThread().getId(), roles, LONG)) {
                        for (Credentials c : l.accounts().values()) {
                            clashes += inUse.add(c.fullName()) ? 0 : 1;
                        }
                        Thread.yield();
                        l.accounts().values().forEach(c -> inUse.remove(c.fullName()));
                    }
                }
                return clashes;
            }));
        }
        for (Future<Integer> f : done) {
            assertThat(f.get(60, TimeUnit.SECONDS)).isZero();
        }
        assertThat(leases.heldAccounts()).isEmpty();
        assertThat(leases.waitingHolders()).isEmpty();
    }

    @Test
    void overlappingPinnedRolesInAnyOrderDoNotDeadlock() throws Exception {
        AccountLeases leases = new AccountLeases(named(), AccountPool.EMPTY);
        List<List<String>> asks = List.of(List.of("alice", "bob"), List.of("bob", "carol"), List.of("carol", "alice"),
                List.of("owner", "carol"), List.of("alice", "owner"));
        List<Future<?>> done = new ArrayList<>();
        for (List<String> roles : asks) {
            done.add(threads.submit(() -> {
                for (int i = 0; i < 300; i++) {
                    leases.lease("T" + roles, roles, LONG).close();
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        assertThat(leases.heldAccounts()).isEmpty();
    }

    @Test
    void aPinnedAccountIsHeldByOneClassAtATimeAndTheWaitIsBoundedAndSaysWhatItWaitedFor() throws Exception {
        AccountLeases leases = new AccountLeases(named(), pool(4));
        Lease parcels = leases.lease("ParcelsTest", List.of("owner", "alice"), LONG);
        assertThatThrownBy(() -> leases.lease("EstateTest", List.of("owner"), Duration.ofMillis(100)))
                .isInstanceOf(LeaseTimeoutException.class)
                .hasMessageContaining("EstateTest did not get its accounts")
                .hasMessageContaining("owner (Test Owner, held by ParcelsTest)")
                .hasMessageNotContaining("secret");
        Future<Lease> estate = threads.submit(() -> leases.lease("EstateTest", List.of("owner"), LONG));
        await().atMost(LONG).until(() -> leases.waitingHolders().contains("EstateTest"));
        assertThat(estate.isDone()).isFalse();
        parcels.close();
        try (Lease l = estate.get(20, TimeUnit.SECONDS)) {
            assertThat(l.credentials("owner").orElseThrow().fullName()).isEqualTo("Test Owner");
            assertThat(leases.heldAccounts()).containsOnlyKeys("test owner");
        }
        parcels.close(); // a second close gives nothing back twice
        assertThat(leases.heldAccounts()).isEmpty();
    }

    @Test
    void anEarlierWaiterKeepsWhatItNeedsSoLaterSmallerAsksDoNotStarveIt() throws Exception {
        AccountLeases leases = new AccountLeases(named(), pool(3));
        Lease first = leases.lease("A", List.of("alice", "bob"), LONG);
        Future<Lease> big = threads.submit(() -> leases.lease("Big", List.of("alice", "bob", "carol"), LONG));
        await().atMost(LONG).until(() -> leases.waitingHolders().contains("Big"));
        // one pool account is free, but Big came first and keeps it
        assertThatThrownBy(() -> leases.lease("Small", List.of("alice"), Duration.ofMillis(100)))
                .isInstanceOf(LeaseTimeoutException.class).hasMessageContaining("1 of the 3 free").hasMessageContaining("waiting before it (served first): [Big]");
        first.close();
        try (Lease l = big.get(20, TimeUnit.SECONDS)) {
            assertThat(l.accounts()).hasSize(3);
        }
    }

    @Test
    void eachHolderHasALaneOfItsOwnAndTheLanesBoundHowManyRunAtOnce() throws Exception {
        AccountLeases leases = new AccountLeases(named(), pool(16), 3);
        Lease a = leases.lease("A", List.of("alice"), LONG);
        Lease b = leases.lease("B", List.of("alice"), LONG);
        Lease c = leases.lease("C", List.of("alice"), LONG);
        assertThat(List.of(a.lane(), b.lane(), c.lane())).containsExactly(0, 1, 2);
        assertThat(List.of(a.laneOffsetY(), b.laneOffsetY(), c.laneOffsetY())).containsExactly(0, 40, -40);
        assertThatThrownBy(() -> leases.lease("D", List.of("alice"), Duration.ofMillis(50)))
                .isInstanceOf(LeaseTimeoutException.class).hasMessageContaining("a lane (all 3 in use");
        b.close();
        try (Lease d = leases.lease("D", List.of("alice"), LONG)) {
            assertThat(d.lane()).isEqualTo(1);
        }
        a.close();
        c.close();
        assertThat(new AccountLeases(named(), pool(16)).lease("E", List.of("bob"), LONG).laneOffsetY()).isZero();
    }

    @Test
    void aPoolTooSmallForOneClassIsAConfigurationErrorAtOnce() {
        AccountLeases leases = new AccountLeases(named(), pool(2));
        assertThatThrownBy(() -> leases.lease("LoginTest", List.of("alice", "bob", "carol"), LONG))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("LoginTest needs 3 pool accounts").hasMessageContaining("pool of 2 accounts");
    }
}
