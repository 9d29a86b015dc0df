package io.gridprobe.load.engine;

import io.gridprobe.harness.core.AgentState;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.fixtures.grid.EmbeddedGrid;
import io.gridprobe.fixtures.grid.GridConfig;
import io.gridprobe.fixtures.grid.account.Account;
import io.gridprobe.fixtures.grid.account.SeededAccounts;
import io.gridprobe.harness.core.AgentFootprint;
import io.gridprobe.harness.GridClient;
import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.config.HarnessConfig;
import io.gridprobe.load.behaviour.BehaviourMix;
import io.gridprobe.load.ramp.Ramp;
import io.gridprobe.load.report.LoadRecorder;
import io.gridprobe.load.report.LoadReport;
import io.gridprobe.load.report.RunInfo;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The engine end to end on the embedded grid: pacing, the duration bound, the logout, and grids that say no. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoadEngineTest {
    private static final HarnessConfig CONFIG = HarnessConfig.load(Map.of(), Map.of());
    private EmbeddedGrid grid;

    @BeforeAll
    void grid() {
        List<Account> accounts = new ArrayList<>(SeededAccounts.all());
        accounts.addAll(SeededAccounts.loadBots(8));
        grid = EmbeddedGrid.start(GridConfig.builder().regionsInRow(2).accounts(accounts).build());
    }

    @AfterAll
    void close() {
        if (grid != null) {
            grid.close();
        }
    }

    private static List<Credentials> bots(int from, int n, String password) {
        List<Credentials> out = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            out.add(Credentials.of("pool", "Load Bot" + i, password));
        }
        return out;
    }

    private static LoadPlan plan(List<Credentials> who, String ramp, Duration duration, String mix) {
        return new LoadPlan(who, 0, Ramp.parse(ramp), duration, BehaviourMix.parse(List.of(mix)),
                List.of("Alpha", "Beta"), List.of("Alpha", "Beta"), Duration.ofSeconds(20));
    }

    @Test
    void rampsInHoldsForTheDurationThenLogsEveryoneOut() throws Exception {
        LoadRecorder recorder = new LoadRecorder();
        LoadEngine engine;
        LoadResult result;
        long t0 = System.nanoTime();
        try (GridClient client = GridClient.create(grid.loginUri(), CONFIG, AgentFootprint.LEAN)) {
            engine = new LoadEngine(client, plan(bots(0, 4, SeededAccounts.LOAD_PASSWORD), "4/s",
                    Duration.ofSeconds(4), "chat:1s"), recorder, Progress.silent());
            result = engine.run();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(seconds).as("the run ends at its duration, plus the logouts").isBetween(3.9, 20.0);
        assertThat(result.peakConnected()).isEqualTo(4);
        assertThat(result.failures()).as(result.failuresByReason().toString()).isZero();
        assertThat(result.allConnectedAfter()).isPresent();
        assertThat(result.notLoggedOut()).isZero();
        assertThat(engine.agents()).hasSize(4).allSatisfy(a -> assertThat(a.state()).isEqualTo(AgentState.OFFLINE));
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> engine.agents().stream().noneMatch(a -> grid.isLoggedIn(a.id())));
        LoadReport report = recorder.report(RunInfo.single("embedded", 4, "4/s", 4, List.of("chat")));
        assertThat(report.count("login_ready")).isEqualTo(4);
        assertThat(report.count("login_http")).isEqualTo(4);
        assertThat(report.count("logout")).isEqualTo(4);
        assertThat(report.count("chat_heard")).isPositive();
        assertThat(report.regions()).as("the embedded grid's SimStats, heard once a second").containsKey("Alpha");
        assertThat(report.regions().get("Alpha").minTimeDilation()).isGreaterThan(0.5);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("gridprobe-load-clock"));
    }

    @Test
    void aGridThatRefusesLoginsGivesTypedFailuresNotAHang() throws Exception {
        LoadRecorder recorder = new LoadRecorder();
        LoadResult result;
        try (GridClient client = GridClient.create(grid.loginUri(), CONFIG, AgentFootprint.LEAN)) {
            result = new LoadEngine(client, plan(bots(4, 3, "not-the-password"), "10/s", Duration.ofSeconds(3),
                    "idle"), recorder, Progress.silent()).run();
        }
        assertThat(result.peakConnected()).isZero();
        assertThat(result.failuresByReason()).containsEntry("refused", 3L);
        assertThat(result.allConnectedAfter()).isEmpty();
    }

    @Test
    void aGridThatIsNotThereGivesTypedFailuresNotAHang() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // free now, and nobody listens once closed
        }
        LoadRecorder recorder = new LoadRecorder();
        LoadResult result;
        long t0 = System.nanoTime();
        try (GridClient client = GridClient.create(URI.create("http://127.0.0.1:" + port + "/"), CONFIG,
                AgentFootprint.LEAN)) {
            result = new LoadEngine(client, plan(bots(0, 2, "x"), "10/s", Duration.ofSeconds(3), "idle"), recorder,
                    Progress.silent()).run();
        }
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(20);
        assertThat(result.failures()).isEqualTo(2);
        assertThat(result.failuresByReason()).containsOnlyKeys("unreachable");
    }

    @Test
    void stopEndsTheRunEarlyAndStillLogsOut() throws Exception {
        LoadRecorder recorder = new LoadRecorder();
        try (GridClient client = GridClient.create(grid.loginUri(), CONFIG, AgentFootprint.LEAN)) {
            LoadEngine engine = new LoadEngine(client, plan(bots(4, 2, SeededAccounts.LOAD_PASSWORD), "10/s",
                    Duration.ofMinutes(5), "idle"), recorder, Progress.silent());
            CompletableFuture<LoadResult> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return engine.run();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> engine.connected() == 2);
            engine.stop(); // what Ctrl-C's shutdown hook does
            LoadResult result = run.get(30, TimeUnit.SECONDS);
            assertThat(result.stoppedEarly()).isTrue();
            assertThat(result.failures()).isZero();
            assertThat(engine.agents()).allSatisfy(a -> assertThat(a.state()).isEqualTo(AgentState.OFFLINE));
        }
    }
}
