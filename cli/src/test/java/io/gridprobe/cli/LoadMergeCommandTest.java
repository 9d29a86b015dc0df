package io.gridprobe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.load.report.Action;
import io.gridprobe.load.report.FailureReason;
import io.gridprobe.load.report.HealthSample;
import io.gridprobe.load.report.LoadRecorder;
import io.gridprobe.load.report.LoadReport;
import io.gridprobe.load.report.LoadReportFolder;
import io.gridprobe.load.report.LoadReportJson;
import io.gridprobe.load.report.RunInfo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LoadMergeCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void twoShards() {
        // shard 1: 30 logins of 1 s; shard 2: 30 logins of 3 s and a teleport timeout
        for (int shard = 1; shard <= 2; shard++) {
            LoadRecorder r = new LoadRecorder(Clock.fixed(Instant.ofEpochSecond(1_796_000_001), ZoneOffset.UTC));
            for (int i = 0; i < 30; i++) {
                r.record(Action.LOGIN_READY, shard * 2_000_000_000L - 1_000_000_000L);
                r.agentConnected();
            }
            if (shard == 2) {
                r.failure(Action.TELEPORT, FailureReason.TIMEOUT);
            }
            r.gridHealth("Load A", new HealthSample(shard == 1 ? 0.97 : 0.92, 45, 45, 60, 0, 0, 0, 20));
            LoadReport report = r.report(new RunInfo("http://127.0.0.1:9000/", 30, "auto", 60, List.of("idle"),
                    List.of(shard + "/2")));
            LoadReportFolder.write(report, dir.resolve("shard-" + shard));
        }
    }

    private int merge(String... args) {
        CommandLine cl = new CommandLine(new LoadMergeCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void twoShardFoldersMergeIntoOneReportFolderAndPassWhenNoThresholdIsBreached() {
        Path merged = dir.resolve("merged");
        int exit = merge(dir.resolve("shard-1").toString(), dir.resolve("shard-2").toString(), "--report",
                merged.toString(), "--fail-if", "connected < 60", "--fail-if", "min(time_dilation) < 0.9");

        assertThat(exit).as(out + "" + err).isZero();
        assertThat(merged.resolve("load-summary.json")).isRegularFile();
        assertThat(merged.resolve("load-timeseries.csv")).isRegularFile();
        assertThat(merged.resolve("load-report.html")).isRegularFile();
        LoadReport report = LoadReportJson.read(merged);
        assertThat(report.count("login_ready")).isEqualTo(60);
        assertThat(report.peakConnected()).isEqualTo(60);
        assertThat(report.actions().get("login_ready").p50Ms()).isBetween(999.0, 1001.0);
        assertThat(report.actions().get("login_ready").p95Ms()).isBetween(2998.0, 3002.0);
        assertThat(report.regions().get("Load A").minTimeDilation()).isEqualTo(0.92);
        assertThat(out.toString()).contains("60 of 60 agents connected at the peak, 1 failures",
                "none of 2 thresholds breached");
    }

    @Test
    void aBreachedThresholdExitsOneAndSaysWhatWasMeasured() {
        int exit = merge(dir.resolve("shard-1").toString(), dir.resolve("shard-2").toString(), "--report",
                dir.resolve("merged").toString(), "--fail-if", "p95(login) > 2s", "--fail-if", "failures > 0",
                "--fail-if", "p50(login) > 2s");

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("fail-if breached: p95(login) > 2s  (p95(login_ready) = 3000.",
                "fail-if breached: failures > 0  (failures = 1 > 0)").doesNotContain("breached: p50");
    }

    @Test
    void anExpressionThatDoesNotParseExitsTwoBeforeAnyWork() {
        int exit = merge(dir.resolve("shard-1").toString(), "--report", dir.resolve("merged").toString(),
                "--fail-if", "p95(login) > 2");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read --fail-if \"p95(login) > 2\"", "give the limit a unit");
        assertThat(dir.resolve("merged")).doesNotExist();
    }

    @Test
    void aFolderThatIsNotALoadReportExitsTwoNamingIt() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        int exit = merge(dir.resolve("shard-1").toString(), dir.resolve("empty").toString(), "--report",
                dir.resolve("merged").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(dir.resolve("empty").resolve("load-summary.json").toString(),
                "does not exist");
    }
}
