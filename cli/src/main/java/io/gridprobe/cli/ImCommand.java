package io.gridprobe.cli;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.im.InstantMessageReceived;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code gridprobe im}: one instant message, and proof that it was delivered. */
@Command(name = "im", mixinStandardHelpOptions = true,
        description = "Logs in two accounts; the first sends TEXT as an instant message; exit 0 when the second got it.",
        footer = {"", "Examples:", "  gridprobe im --account alice --to bob \"are you there?\""})
public final class ImCommand extends ConversationCheck implements Callable<Integer> {
    @Override
    public Integer call() {
        return check();
    }

    @Override
    String name() {
        return "im";
    }

    @Override
    String exchange(Agent from, Agent to, String text, Duration timeout) {
        to.events().mark();
        from.im().send(to.id(), text).join();
        InstantMessageReceived got = to.events().next(InstantMessageReceived.class, m -> m.message().equals(text), timeout);
        return to.role() + " received an IM from " + got.fromName() + ": \"" + got.message() + "\"";
    }
}
