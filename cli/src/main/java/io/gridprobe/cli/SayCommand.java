package io.gridprobe.cli;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.chat.ChatHeard;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code gridprobe say}: one chat line, and proof that another agent heard it. */
@Command(name = "say", mixinStandardHelpOptions = true,
        description = "Logs in two accounts; the first says TEXT in local chat; exit 0 when the second heard it.",
        footer = {"", "Examples:", "  gridprobe say --account alice --to bob \"hello grid\"",
                "  gridprobe say --accounts staging.yaml --account alice --to bob \"after the deploy\""})
public final class SayCommand extends ConversationCheck implements Callable<Integer> {
    @Override
    public Integer call() {
        return check();
    }

    @Override
    String name() {
        return "say";
    }

    @Override
    String exchange(Agent from, Agent to, String text, Duration timeout) {
        to.events().mark();
        from.chat().say(text).join();
        ChatHeard heard = to.events().next(ChatHeard.class, c -> c.message().equals(text), timeout);
        return to.role() + " heard " + heard.fromName() + ": \"" + heard.message() + "\"";
    }
}
