package io.gridprobe.scenarios.support;

import io.gridprobe.fixtures.opensim.OpenSimAccount;
import io.gridprobe.fixtures.opensim.OpenSimGrid;
import io.gridprobe.fixtures.opensim.OpenSimStartException;
import io.gridprobe.fixtures.opensim.OpenSimUnavailableException;
import io.gridprobe.harness.config.AccountPool;
import io.gridprobe.harness.config.ConfigurationException;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.config.HarnessConfig;
import io.gridprobe.harness.junit.GridLaunchException;
import io.gridprobe.harness.junit.GridLauncher;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grid of a run when an OpenSimulator build is configured ({@code gridprobe.opensim}, {@code GRIDPROBE_OPENSIM},
 * {@code gridprobe run --opensim DIR}): that build started as a throwaway standalone grid for the run. Its whole log
 * is kept, secrets masked, where {@code gridprobe.opensim.log} says (if set) when the run ends.
 */
public final class OpenSimGridLauncher implements GridLauncher {
    @Override
    public boolean handles(HarnessConfig config) {
        return config.openSimBuild().isPresent();
    }

    @Override
    public RunningGrid start(HarnessConfig config) {
        Path dir = config.openSimBuild().orElseThrow();
        String keep = System.getProperty("gridprobe.opensim.log");
        OpenSimGrid grid;
        try {
            grid = OpenSimGrid.start(dir, new OpenSimGrid.Options(config.timeoutScale(),
                    keep == null || keep.isBlank() ? null : Path.of(keep), System.getenv()));
        } catch (OpenSimUnavailableException e) {
            throw new ConfigurationException(e.getMessage(), e);
        } catch (OpenSimStartException e) {
            throw new GridLaunchException("the OpenSimulator build could not be started: " + e.getMessage(), e);
        }
        Map<String, Credentials> accounts = new LinkedHashMap<>();
        for (OpenSimAccount a : grid.accounts().values()) {
            accounts.put(a.role(), new Credentials(a.role(), a.firstName(), a.lastName(), a.password()));
        }
        AccountPool pool = new AccountPool(grid.pool().stream()
                .map(a -> new Credentials(AccountPool.ROLE, a.firstName(), a.lastName(), a.password())).toList());
        return new RunningGrid() {
            @Override
            public AccountPool pool() {
                return pool;
            }

            @Override
            public URI loginUri() {
                return grid.loginUri();
            }

            @Override
            public Map<String, Credentials> accounts() {
                return accounts;
            }

            @Override
            public List<String> regionNames() {
                return grid.regionNames();
            }

            @Override
            public String description() {
                return grid.describe();
            }

            @Override
            public long logMark() {
                return grid.logMark();
            }

            @Override
            public String logSince(long mark) {
                return grid.logSince(mark);
            }

            @Override
            public void close() {
                grid.close();
            }
        };
    }
}
