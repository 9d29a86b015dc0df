package io.gridprobe.scenarios.support;

import io.gridprobe.fixtures.grid.EmbeddedGrid;
import io.gridprobe.fixtures.grid.GridConfig;
import io.gridprobe.fixtures.grid.service.objects.SceneryService;
import io.gridprobe.fixtures.grid.account.Account;
import io.gridprobe.fixtures.grid.account.SeededAccounts;
import io.gridprobe.harness.config.AccountPool;
import io.gridprobe.harness.config.ConfigurationException;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.config.HarnessConfig;
import io.gridprobe.harness.junit.GridLauncher;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The default grid of a run: the embedded grid with its seeded accounts, whose roles are the accounts' last names
 * (owner, alice, bob, carol, dave), and its pool ("Pool Bot0" .. "Pool Bot15"), so that {@code --parallel} runs
 * lease distinct accounts out of the box.
 */
public final class EmbeddedGridLauncher implements GridLauncher {
    @Override
    public RunningGrid start(HarnessConfig config) {
        GridConfig.Builder b = GridConfig.builder().accounts(SeededAccounts.allWithPool());
        busyRegion().ifPresent(b::service);
        EmbeddedGrid grid = EmbeddedGrid.start(b.build());
        Map<String, Credentials> accounts = new LinkedHashMap<>();
        for (Account a : SeededAccounts.all()) {
            String role = a.last().toLowerCase(Locale.ROOT);
            accounts.put(role, new Credentials(role, a.first(), a.last(), a.password()));
        }
        AccountPool pool = new AccountPool(SeededAccounts.pool().stream()
                .map(a -> new Credentials(AccountPool.ROLE, a.first(), a.last(), a.password())).toList());
        List<String> regions = grid.regions().stream().map(r -> r.name()).toList();
        return new RunningGrid() {
            @Override
            public URI loginUri() {
                return grid.loginUri();
            }

            @Override
            public Map<String, Credentials> accounts() {
                return accounts;
            }

            @Override
            public AccountPool pool() {
                return pool;
            }

            @Override
            public List<String> regionNames() {
                return regions;
            }

            @Override
            public void close() {
                grid.close();
            }
        };
    }

    /**
     * {@code gridprobe.embedded.objects} / {@code GRIDPROBE_EMBEDDED_OBJECTS} = "N" or "N,MOVING": the first region
     * holds N prims (some moving), so the suites can prove they give true verdicts in a busy region.
     */
    static java.util.Optional<SceneryService> busyRegion() {
        String spec = System.getProperty("gridprobe.embedded.objects", System.getenv("GRIDPROBE_EMBEDDED_OBJECTS"));
        if (spec == null || spec.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(SceneryService.parse(spec));
        } catch (RuntimeException e) {
            throw new ConfigurationException("gridprobe.embedded.objects must be N or N,MOVING: '" + spec + "'");
        }
    }
}
