package io.gridprobe.scenarios.selfcheck;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.junit.GridTest;
import io.gridprobe.harness.junit.Login;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A scenario whose grid always lacks what it needs, so that RunCommandTest can check that a run in which every
 * scenario was skipped is no pass. Its name does not end in Test: surefire never runs it directly.
 */
@GridTest
@Tag("selfcheck-skip")
public class SkippedOnEveryGridScenario {
    @Test
    void needsARegionNamedNowhere(@Login("alice") Agent alice) {
        assumeTrue(alice.region().name().equals("Nowhere"), "the grid has no region named Nowhere");
    }
}
