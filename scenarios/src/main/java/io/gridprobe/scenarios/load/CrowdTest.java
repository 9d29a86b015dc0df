package io.gridprobe.scenarios.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.harness.accounts.AccountLeases;
import io.gridprobe.harness.accounts.Lease;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.junit.GridTarget;
import io.gridprobe.harness.junit.GridTest;
import io.gridprobe.load.behaviour.Behaviour;
import io.gridprobe.load.behaviour.BehaviourMix;
import io.gridprobe.load.engine.LoadEngine;
import io.gridprobe.load.engine.LoadPlan;
import io.gridprobe.load.engine.LoadResult;
import io.gridprobe.load.engine.Progress;
import io.gridprobe.load.ramp.Ramp;
import io.gridprobe.load.report.LoadRecorder;
import io.gridprobe.load.report.LoadReport;
import io.gridprobe.load.report.LoadReportAttachment;
import io.gridprobe.load.report.LoadReportFolder;
import io.gridprobe.load.report.RunInfo;
import io.gridprobe.load.report.threshold.Breach;
import io.gridprobe.load.report.threshold.Thresholds;
import io.qameta.allure.Allure;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Does the grid hold a small crowd: six people log in at the pace the grid answers, chat and walk about the first
 * region's centre for half a minute, and log out. The same engine and report as {@code gridprobe load}: the page with
 * its plots, the summary and the time series are attached to the test, and the verdict is the thresholds an operator
 * would set on a crowd (everyone in, no failure of any kind, lines heard, walks finished, the grid's own time
 * dilation never under 0.9). Every figure comes from what the grid sent: a line counts when another agent heard it,
 * a walk when the grid's updates show the avatar there, the dilation from the grid's SimStats.
 * <p>
 * The crowd are accounts of the pool (none of the roles operators name), leased for the test; without a pool of six
 * the test is skipped, saying so. Isolated: the crowd gathers where the other suites' lanes are, and chats where they
 * listen.
 */
@GridTest
@Tag("load")
@Isolated("the crowd fills the region's centre and its local chat")
class CrowdTest {
    private static final int CROWD = 6;
    private static final Duration FOR = Duration.ofSeconds(30);
    private static final List<String> THRESHOLDS = List.of("connected < " + CROWD, "failures > 0",
            "count(chat_heard) < " + CROWD, "count(walk) < " + CROWD, "min(time_dilation) < 0.9");

    @Test
    void aCrowdChattingAndWalkingStaysInAndIsHeard(GridTarget grid) throws InterruptedException {
        AccountLeases leases = grid.leases();
        Assumptions.assumeTrue(leases.pool().size() >= CROWD, "a crowd needs " + CROWD + " accounts of a pool (pool: "
                + "in the accounts file); this run's pool has " + leases.pool().size());
        try (Lease crowd = leases.lease("CrowdTest", IntStream.rangeClosed(1, CROWD).mapToObj(i -> "crowd" + i)
                .toList(), grid.config().scaled(Duration.ofSeconds(60)))) {
            run(grid, List.copyOf(crowd.accounts().values()));
        }
    }

    private static void run(GridTarget grid, List<Credentials> accounts) throws InterruptedException {
        List<String> region = grid.firstRegion().map(List::of).orElse(List.of());
        LoadPlan plan = new LoadPlan(accounts, 0, Ramp.parse("auto"), FOR,
                BehaviourMix.parse(List.of("chat:5s,walk:5s")), region, region, Duration.ofSeconds(30));
        LoadRecorder recorder = new LoadRecorder();

        LoadResult result = Allure.step("a crowd of " + CROWD + " chats and walks for " + FOR.toSeconds() + " s",
                () -> new LoadEngine(grid.client(), plan, recorder, Progress.silent()).run());

        LoadReport report = recorder.report(RunInfo.single(grid.loginUri().toString(), CROWD, "auto", FOR.toSeconds(),
                plan.mix().behaviours().stream().map(Behaviour::name).toList()));
        for (LoadReportAttachment a : LoadReportFolder.attachments(report)) {
            Allure.addAttachment(a.name(), a.mediaType(), a.stream(), a.extension());
        }
        assertThat(report.health()).as("the grid's SimStats for %s (none came in %s s)", region,
                FOR.toSeconds()).isNotEmpty();
        List<Breach> breaches = Thresholds.parse(THRESHOLDS).evaluate(report);
        assertThat(breaches).as("the crowd's figures (peak %d of %d in, failures by reason %s)",
                result.peakConnected(), CROWD, report.failures()).isEmpty();
    }
}
