package io.gridprobe.cli;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.config.ConfigurationException;
import io.gridprobe.harness.events.AwaitTimeoutException;
import io.gridprobe.harness.junit.GridLaunchException;
import io.gridprobe.harness.junit.GridTarget;
import io.gridprobe.protocol.login.GridUnreachableException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code say} and {@code im} share: log in a sender and a receiver, send, and wait for the receiver to get it.
 * Exit 0 when it arrived, 1 when it did not, 2 for an unreachable grid or a wrong configuration.
 */
abstract class ConversationCheck {
    @Mixin
    GridChoice gridChoice = new GridChoice();

    @Option(names = "--account", required = true, paramLabel = "ROLE", description = "Who speaks, e.g. alice.")
    String role;

    @Option(names = "--to", required = true, paramLabel = "ROLE", description = "Who must receive it, e.g. bob.")
    String receiver;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "15", description = "How long to wait (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Parameters(paramLabel = "TEXT", description = "What to send.")
    String text;

    /** Sends {@code text} from {@code from} and waits until {@code to} has it; returns a description of what arrived. */
    abstract String exchange(Agent from, Agent to, String text, Duration timeout);

    abstract String name();

    final Integer check() {
        try (GridTarget target = GridTarget.open(gridChoice.config())) {
            Duration login = target.config().scaled(Duration.ofSeconds(60));
            Duration wait = target.config().scaled(Duration.ofSeconds(timeoutSeconds));
            try (Agent from = target.client().login(target.credentials(role)).get(login.toMillis(), TimeUnit.MILLISECONDS);
                 Agent to = target.client().login(target.credentials(receiver)).get(login.toMillis(), TimeUnit.MILLISECONDS)) {
                System.out.println(role + " in " + from.region().name() + ", " + receiver + " in " + to.region().name());
                System.out.println(exchange(from, to, text, wait));
            }
            return 0;
        } catch (AwaitTimeoutException e) {
            System.err.println("gridprobe " + name() + ": " + e.getMessage());
            return 1;
        } catch (ConfigurationException e) {
            System.err.println("gridprobe " + name() + ": configuration is wrong: " + e.getMessage());
            return 2;
        } catch (GridLaunchException e) {
            System.err.println("gridprobe " + name() + ": " + e.getMessage());
            return 2;
        } catch (ExecutionException e) {
            System.err.println("gridprobe " + name() + ": " + e.getCause().getMessage());
            return e.getCause() instanceof GridUnreachableException ? 2 : 1;
        } catch (Exception e) {
            System.err.println("gridprobe " + name() + ": " + e);
            return 1;
        }
    }
}
