package io.gridprobe.load.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadReportMergerTest {
    private static final long SEED = 2026;

    @Test
    void twoShardFoldersWrittenByTwoProcessesMergeIntoWhatOneRecorderFedEverythingMeasured(@TempDir Path dir)
            throws Exception {
        Path shard1 = dir.resolve("shard-1");
        Path shard2 = dir.resolve("shard-2");
        Process p1 = shardProcess("1/2", shard1);
        Process p2 = shardProcess("2/2", shard2);
        for (Process p : List.of(p1, p2)) {
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the shard process finished").isTrue();
            assertThat(p.exitValue()).as("exit of the shard process; its output: "
                    + new String(p.getInputStream().readAllBytes())).isZero();
        }

        LoadReport merged = LoadReportMerger.merge(List.of(LoadReportJson.read(shard1), LoadReportJson.read(shard2)));
        LoadReport one = RecordedLoad.replay(RecordedLoad.generate(SEED), 1, 1);

        assertThat(merged.actions().keySet()).isEqualTo(one.actions().keySet());
        for (String action : one.actions().keySet()) {
            Histogram expected = one.actions().get(action).decode(action);
            Histogram actual = merged.actions().get(action).decode(action);
            assertThat(actual).as("the histogram of " + action).isEqualTo(expected);
            LatencyStats e = one.actions().get(action);
            LatencyStats a = merged.actions().get(action);
            assertThat(List.of(a.count(), a.p50Ms(), a.p95Ms(), a.p99Ms(), a.maxMs()))
                    .as(action).isEqualTo(List.of(e.count(), e.p50Ms(), e.p95Ms(), e.p99Ms(), e.maxMs()));
        }
        assertThat(merged.failures()).isEqualTo(one.failures());
        assertThat(merged.failureCount()).isEqualTo(one.failureCount()).isPositive();
        assertThat(merged.peakConnected()).isEqualTo(one.peakConnected());
        assertThat(merged.health()).isEqualTo(one.health());
        assertThat(merged.regions()).isEqualTo(one.regions());
        assertThat(merged.series()).hasSameSizeAs(one.series());
        for (int i = 0; i < one.series().size(); i++) {
            TimePoint e = one.series().get(i);
            TimePoint a = merged.series().get(i);
            assertThat(a.second()).isEqualTo(e.second());
            assertThat(a.connected()).isEqualTo(e.connected());
            assertThat(a.target()).isEqualTo(e.target());
            assertThat(a.failures()).isEqualTo(e.failures());
            assertThat(a.processes()).isEqualTo(2);
            assertThat(counts(a.latency())).as("second " + a.second()).isEqualTo(counts(e.latency()));
            for (String action : e.latency().keySet()) {
                assertThat(a.latency().get(action).decode(action)).isEqualTo(e.latency().get(action).decode(action));
            }
        }
        assertThat(merged.run().agents()).isEqualTo(RecordedLoad.AGENTS);
        assertThat(merged.run().shards()).containsExactly("1/2", "2/2");
    }

    @Test
    void aPercentileOfTheMergeIsThatOfAllSamplesNotTheAverageOfTheShards() {
        SettableClock clock = new SettableClock(RecordedLoad.START_MILLIS);
        LoadRecorder fast = new LoadRecorder(clock);
        LoadRecorder slow = new LoadRecorder(clock);
        for (int i = 0; i < 90; i++) {
            fast.record(Action.TELEPORT, 100_000_000L);
        }
        for (int i = 0; i < 10; i++) {
            slow.record(Action.TELEPORT, 5_000_000_000L);
        }
        clock.set(RecordedLoad.START_MILLIS + 1000);
        RunInfo run = RunInfo.single("", 1, "1/s", 0, List.of("teleport"));
        LoadReport merged = LoadReportMerger.merge(List.of(fast.report(run), slow.report(run)));
        assertThat(merged.actions().get("teleport").p50Ms()).isBetween(99.9, 100.1);
        assertThat(merged.actions().get("teleport").p95Ms()).isBetween(4990.0, 5010.0);
        assertThat(merged.actions().get("teleport").count()).isEqualTo(100);
    }

    @Test
    void theSameShardGivenTwiceIsRefusedRatherThanCountedTwice() {
        LoadReport shard = RecordedLoad.replay(RecordedLoad.generate(SEED), 1, 2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LoadReportMerger.merge(List.of(shard, shard)))
                .isInstanceOf(LoadReportException.class).hasMessage("shard 1/2 is given twice: each shard's report once");
    }

    private static Map<String, Long> counts(Map<String, LatencyStats> latency) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        latency.forEach((k, v) -> counts.put(k, v.count()));
        return counts;
    }

    private static Process shardProcess(String shard, Path folder) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m", "-cp", classpath,
                ShardRunner.class.getName(), Long.toString(SEED), shard, folder.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).directory(new File(".")).start();
    }
}
