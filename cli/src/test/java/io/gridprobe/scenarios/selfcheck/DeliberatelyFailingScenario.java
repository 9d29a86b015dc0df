package io.gridprobe.scenarios.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.junit.GridTest;
import io.gridprobe.harness.junit.Login;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A scenario that fails on purpose, so that RunCommandTest can check what a failure leaves behind (exit 1, the
 * agents' traces and event logs attached). Its name does not end in Test: surefire never runs it directly.
 */
@GridTest
@Tag("selfcheck-failure")
public class DeliberatelyFailingScenario {
    @Test
    void aliceIsExpectedSomewhereSheIsNot(@Login("alice") Agent alice) {
        alice.chat().say("evidence please").join();
        assertThat(alice.region().name()).as("deliberate failure").isEqualTo("Nowhere");
    }
}
