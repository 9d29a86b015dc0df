package io.gridprobe.cli;

import io.gridprobe.fixtures.opensim.OpenSimGrid;
import io.gridprobe.fixtures.opensim.RemoteAdmin;
import io.gridprobe.fixtures.opensim.Secrets;
import io.gridprobe.harness.config.AccountPool;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.load.target.LoadTarget;
import io.gridprobe.load.target.StartedGrid;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A throwaway OpenSimulator started from a build folder for one load run ({@code --opensim DIR}), with as many load
 * accounts as the run needs ("Load Bot0".., made through its RemoteAdmin with one random password that is never
 * shown); stopped and deleted on close.
 */
final class OpenSimLoadGrid {
    private OpenSimLoadGrid() {
    }

    static LoadTarget start(Path build, int loadAccounts, double timeoutScale) {
        OpenSimGrid grid = OpenSimGrid.start(build, new OpenSimGrid.Options(timeoutScale, null, System.getenv()));
        try {
            String password = new Secrets().generate();
            RemoteAdmin admin = new RemoteAdmin(grid.loginUri(), grid.settings().adminPassword(),
                    Duration.ofMillis((long) (30_000 * timeoutScale)));
            var home = grid.settings().regions().get(0);
            List<Credentials> out = new ArrayList<>(loadAccounts);
            for (int i = 0; i < loadAccounts; i++) {
                admin.createUser("Load", "Bot" + i, password, home.gridX(), home.gridY());
                out.add(Credentials.of(AccountPool.ROLE, "Load Bot" + i, password));
            }
            return new StartedGrid(grid.loginUri(), out, grid.regionNames(), "OpenSimulator " + grid.loginUri(),
                    grid::close);
        } catch (RuntimeException e) {
            grid.close();
            throw e;
        }
    }
}
