package io.gridprobe.cli;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.config.ConfigurationException;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.junit.GridLaunchException;
import io.gridprobe.harness.junit.GridTarget;
import io.gridprobe.protocol.login.GridUnreachableException;
import io.gridprobe.protocol.login.StartLocation;
import java.time.Duration;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gridprobe login}: one agent in and out, with the timing breakdown and the granted capabilities. */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = {"Logs one account in, prints the timing breakdown and the granted capabilities, logs out.",
                "Exit 0 only when the agent got ready (in a region, event queue up)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the agent got ready", "1:the login or the region join failed",
                "2:the grid could not be reached, or the configuration is wrong"},
        footer = {"", "Examples:",
                "  gridprobe login --account alice                           # against a fresh embedded grid",
                "  GRIDPROBE_PASSWORD_ALICE=... gridprobe login --grid http://grid.example:8002/ --account alice",
                "  gridprobe login --accounts staging.yaml --account bob --region Beta",
                "  gridprobe login --opensim ~/opensim/bin --account alice --region Beta"})
public final class LoginCommand implements Callable<Integer> {
    @Mixin
    GridChoice gridChoice = new GridChoice();

    @Option(names = "--account", required = true, paramLabel = "ROLE", description = "Role to log in, e.g. alice.")
    String role;

    @Option(names = "--region", paramLabel = "NAME", description = "Start region (default: last location).")
    String region;

    @Override
    public Integer call() {
        try (GridTarget target = GridTarget.open(gridChoice.config())) {
            Credentials who = target.credentials(role);
            StartLocation where = region == null ? StartLocation.last() : StartLocation.uri(region, 128, 128, 25);
            Duration timeout = target.config().scaled(Duration.ofSeconds(60));
            System.out.println("logging in " + role + " (" + who.fullName() + ") to " + target.client().loginUri());
            try (Agent agent = target.client().login(who, where).get(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                System.out.println("ready in " + agent.region().name() + " at " + agent.position());
                System.out.println(agent.timings());
                System.out.println("capabilities: " + String.join(", ",
                        new TreeSet<>(agent.region().connection().capabilities().names())));
                agent.region().connection().simVersion().ifPresent(v -> System.out.println("simulator: " + v));
            }
            System.out.println("logged out");
            return 0;
        } catch (ConfigurationException e) {
            System.err.println("gridprobe login: configuration is wrong: " + e.getMessage());
            return 2;
        } catch (GridLaunchException e) {
            System.err.println("gridprobe login: " + e.getMessage());
            return 2;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            System.err.println("gridprobe login: " + cause.getMessage());
            return cause instanceof GridUnreachableException ? 2 : 1;
        } catch (TimeoutException e) {
            System.err.println("gridprobe login: the agent was not ready in time");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
