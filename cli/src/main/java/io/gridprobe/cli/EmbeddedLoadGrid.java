package io.gridprobe.cli;

import io.gridprobe.fixtures.grid.EmbeddedGrid;
import io.gridprobe.fixtures.grid.GridConfig;
import io.gridprobe.fixtures.grid.account.Account;
import io.gridprobe.fixtures.grid.account.SeededAccounts;
import io.gridprobe.fixtures.grid.sim.Region;
import io.gridprobe.harness.config.AccountPool;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.load.target.LoadTarget;
import io.gridprobe.load.target.StartedGrid;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded grid started in this process for the run, with as many load accounts as the run needs: handy for a
 * try-out and for tests. (Measuring the client's own heap wants the grid in a process of its own: {@code gridprobe
 * grid --load-accounts N} and {@code --grid}.)
 */
final class EmbeddedLoadGrid {
    private EmbeddedLoadGrid() {
    }

    static LoadTarget start(int loadAccounts, int regions) {
        List<Account> bots = SeededAccounts.loadBots(loadAccounts);
        List<Account> all = new ArrayList<>(SeededAccounts.all());
        all.addAll(bots);
        EmbeddedGrid grid = EmbeddedGrid.start(GridConfig.builder().regionsInRow(regions).accounts(all).build());
        List<Credentials> creds = bots.stream()
                .map(a -> Credentials.of(AccountPool.ROLE, a.name(), a.password())).toList();
        return new StartedGrid(grid.loginUri(), creds, grid.regions().stream().map(Region::name).toList(),
                "embedded grid " + grid.loginUri(), grid::close);
    }
}
