package io.gridprobe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.junit.GridTest;
import io.gridprobe.harness.junit.Login;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * A {@code @Login} the grid answers by putting the agent somewhere else than asked (the embedded grid, like
 * OpenSimulator, falls back to its default region for a region it does not have) fails the scenario before it runs,
 * saying where the grid put the agent, instead of letting it go on from a wrong premise.
 */
class LoginRegionCheckTest {
    @Test
    void aScenarioWhoseAgentTheGridPutElsewhereFailsSayingWhere() {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClass(AskingForARegionTheGridLacks.class))
                // the scenario is @Disabled so that only this test runs it
                .configurationParameter("junit.jupiter.conditions.deactivate", "org.junit.*DisabledCondition")
                .build(), listener);

        TestExecutionSummary summary = listener.getSummary();
        assertThat(summary.getTestsStartedCount()).isEqualTo(1);
        assertThat(summary.getFailures()).singleElement().satisfies(f -> assertThat(f.getException())
                .hasMessageMatching("the grid logged alice \\(.+\\) in to Alpha, not to Nowhere as asked"));
        assertThat(AskingForARegionTheGridLacks.ran).as("the scenario's body").isFalse();
    }

    @GridTest
    @Disabled("a scenario for LoginRegionCheckTest to run, not one of the suites")
    static class AskingForARegionTheGridLacks {
        static volatile boolean ran;

        @Test
        void aliceStandsInNowhere(@Login(value = "alice", region = "Nowhere") Agent alice) {
            ran = true;
        }
    }
}
