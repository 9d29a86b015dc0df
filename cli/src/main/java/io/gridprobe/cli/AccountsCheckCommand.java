package io.gridprobe.cli;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.config.ConfigurationException;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.junit.GridLaunchException;
import io.gridprobe.harness.junit.GridTarget;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gridprobe accounts check}: logs each configured account in (roles, then the pool) and says what earlier
 * runs left on it, as the grid shows it: prims it owns where it arrives, and "gridprobe ..." folders, items and groups.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Logs each account of the accounts file in (roles, then the pool) and reports what earlier runs "
                + "left: prims it owns in the region it arrives in, and folders, items and groups named 'gridprobe ...'. "
                + "With --clean it removes those folders, items and groups."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every account is clean (with --clean: after cleaning)",
            "1:some account has leftovers, or could not log in",
                "2:the grid could not be reached, or the configuration is wrong"},
        footer = {"", "Examples:", "  gridprobe accounts check --accounts staging.yaml",
            "  gridprobe accounts check --accounts staging.yaml --clean   # after an aborted run"})
public final class AccountsCheckCommand implements Callable<Integer> {
    @Option(names = "--grid", paramLabel = "URI", description = "Login URI (default: the accounts file's).")
    String grid;

    @Option(names = "--accounts", paramLabel = "FILE", description = "YAML accounts file (roles and pool).")
    Path accounts;

    @Option(names = "--roles-only", description = "Check the named roles only, not the pool.")
    boolean rolesOnly;

    @Option(names = "--clean", description = "Remove what is found: delete the 'gridprobe ...' folders and items for "
            + "good and leave the 'gridprobe ...' groups, then look again. Prims are only reported.")
    boolean clean;

    @Override
    public Integer call() {
        try (GridTarget target = GridTarget.open(GridOptions.config(grid, accounts, null))) {
            if (target.config().startsGrid()) {
                System.err.println("gridprobe accounts check: give the grid to check (--grid or an accounts file's loginUri)");
                return 2;
            }
            List<Credentials> who = new ArrayList<>(target.config().accounts().values());
            if (!rolesOnly) {
                who.addAll(target.config().pool().accounts());
            }
            Duration login = target.config().scaled(Duration.ofSeconds(60));
            int dirty = 0;
            for (Credentials c : who) {
                String label = c.role() + " (" + c.fullName() + ")";
                try (Agent a = target.client().login(c).get(login.toMillis(), TimeUnit.MILLISECONDS)) {
                    Duration settle = target.config().scaled(Duration.ofSeconds(15));
                    Leftovers l = Leftovers.of(a, settle);
                    if (clean && !l.isEmpty()) {
                        List<String> failed = l.remove(a, target.config().scaled(Duration.ofSeconds(30)));
                        Leftovers after = Leftovers.of(a, settle);
                        System.out.println((after.isEmpty() ? "CLEANED   " : "LEFTOVERS ") + label + ": found "
                                + l.describe() + (after.isEmpty() ? "; now clean" : "; still there: " + after.describe())
                                + (failed.isEmpty() ? "" : "; failed: " + String.join("; ", failed)));
                        l = after;
                    } else {
                        System.out.println((l.isEmpty() ? "clean     " : "LEFTOVERS ") + label + ": " + l.describe());
                    }
                    dirty += l.isEmpty() ? 0 : 1;
                } catch (ExecutionException | TimeoutException e) {
                    dirty++;
                    Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                    System.out.println("NO LOGIN  " + label + ": " + FailureText.of(cause));
                }
            }
            System.out.println(who.size() + " accounts checked, " + dirty + " not clean");
            return dirty == 0 ? 0 : 1;
        } catch (ConfigurationException e) {
            System.err.println("gridprobe accounts check: configuration is wrong: " + e.getMessage());
            return 2;
        } catch (GridLaunchException e) {
            System.err.println("gridprobe accounts check: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
