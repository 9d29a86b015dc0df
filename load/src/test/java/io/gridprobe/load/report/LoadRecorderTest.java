package io.gridprobe.load.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class LoadRecorderTest {
    private static final long T0 = RecordedLoad.START_MILLIS;

    @Test
    void everySampleRecordedFromManyThreadsWhileTickingIsCountedOnceInTheTotalsAndOnceInTheSeries() throws Exception {
        SettableClock clock = new SettableClock(T0);
        LoadRecorder recorder = new LoadRecorder(clock);
        int threads = 8;
        int perThread = 50_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean recording = new AtomicBoolean(true);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        recorder.record(Action.CHAT_HEARD, 1_000_000L + (i % 1000) * 1000L);
                        if (i % 100 == id) {
                            recorder.failure(Action.TELEPORT, FailureReason.TIMEOUT);
                        }
                        if (i % 1000 == 0) {
                            recorder.gridHealth("Region " + id % 2, new HealthSample(0.5 + id / 100.0, 45, 45, 8, 0, 0,
                                    0, 20));
                        }
                    }
                    return null;
                }));
            }
            // ticks race the writers: each closes a new second
            Future<?> ticker = pool.submit(() -> {
                start.await();
                long second = 1;
                while (recording.get()) {
                    clock.set(T0 + second++ * 1000);
                    recorder.tick();
                }
                return null;
            });
            start.countDown();
            for (Future<?> w : writers) {
                w.get(60, TimeUnit.SECONDS);
            }
            recording.set(false);
            ticker.get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        clock.set(clock.millis() + 1000);
        LoadReport report = recorder.report(RunInfo.single("http://127.0.0.1:9000/", 8, "auto", 0, List.of("chat")));

        long expectedRecords = (long) threads * perThread;
        long expectedFailures = (long) threads * (perThread / 100);
        assertThat(report.count("chat_heard")).isEqualTo(expectedRecords);
        assertThat(report.failures("teleport")).isEqualTo(expectedFailures);
        assertThat(report.failures()).containsOnlyKeys("teleport");
        assertThat(report.series().stream().mapToLong(p -> p.latency().containsKey("chat_heard")
                ? p.latency().get("chat_heard").count() : 0).sum()).isEqualTo(expectedRecords);
        assertThat(report.series().stream().mapToLong(TimePoint::failureCount).sum()).isEqualTo(expectedFailures);
        assertThat(report.actions().get("chat_heard").minMs()).isEqualTo(1.0);
        assertThat(report.actions().get("chat_heard").maxMs()).isBetween(1.998, 2.0);
        // the worst dilation any writer reported, whatever second it landed in
        assertThat(report.regions().get("Region 0").minTimeDilation()).isEqualTo(0.5);
        assertThat(report.regions().get("Region 1").minTimeDilation()).isEqualTo(0.51);
        assertThat(report.series()).extracting(TimePoint::second).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aTickEachSecondMakesOnePointPerWallClockSecondWithThatSecondsFiguresAndGauges() {
        SettableClock clock = new SettableClock(T0 + 400);
        LoadRecorder recorder = new LoadRecorder(clock);
        recorder.target(10);
        recorder.agentConnected();
        recorder.agentConnected();
        recorder.record(Action.LOGIN_READY, 1_500_000_000L);
        recorder.failure(Action.LOGIN_READY, FailureReason.REFUSED);
        clock.set(T0 + 1002);
        TimePoint first = recorder.tick();
        recorder.connected(5);
        recorder.record(Action.LOGIN_READY, 500_000_000L);
        clock.set(T0 + 1998); // a tick that comes a little early still closes the second that is ending
        TimePoint second = recorder.tick();

        assertThat(first.second()).isEqualTo(T0 / 1000);
        assertThat(first.connected()).isEqualTo(2);
        assertThat(first.target()).isEqualTo(10);
        assertThat(first.latency().get("login_ready").p50Ms()).isBetween(1499.0, 1501.0);
        assertThat(first.failures()).isEqualTo(java.util.Map.of("login_ready", java.util.Map.of("refused", 1L)));
        assertThat(first.heapUsedBytes()).isPositive();
        assertThat(second.second()).isEqualTo(T0 / 1000 + 1);
        assertThat(second.connected()).isEqualTo(5);
        assertThat(second.latency().get("login_ready").count()).isEqualTo(1);
        assertThat(second.failures()).isEmpty();
        assertThat(recorder.latest()).contains(second);
        assertThat(recorder.failuresByReason()).containsExactlyEntriesOf(java.util.Map.of("refused", 1L));
    }

    @Test
    void twoTicksInTheSameSecondFoldIntoOnePoint() {
        SettableClock clock = new SettableClock(T0 + 1001);
        LoadRecorder recorder = new LoadRecorder(clock);
        recorder.record(Action.CHAT_HEARD, 2_000_000);
        recorder.tick();
        clock.set(T0 + 1100);
        recorder.record(Action.CHAT_HEARD, 4_000_000);
        recorder.failure(Action.CHAT_HEARD, FailureReason.NOT_SEEN);
        recorder.tick();

        LoadReport report = recorder.report(RunInfo.single("", 1, "1/s", 0, List.of()));
        assertThat(report.series()).hasSize(1);
        assertThat(report.series().get(0).latency().get("chat_heard").count()).isEqualTo(2);
        assertThat(report.series().get(0).failureCount()).isEqualTo(1);
    }

    @Test
    void aNegativeLatencyIsRefusedWithItsValue() {
        LoadRecorder recorder = new LoadRecorder();
        assertThatThrownBy(() -> recorder.record(Action.TELEPORT, -5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-5 ns for teleport");
    }

    @Test
    void theTickerTicksOnItsOwnThreadAndStopsWhenClosed() {
        LoadRecorder recorder = new LoadRecorder();
        recorder.record(Action.WALK, 3_000_000);
        try (LoadTicker ticker = recorder.startTicking()) {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                    .until(() -> recorder.latest().isPresent());
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("gridprobe-load-tick"));
        assertThat(recorder.report(RunInfo.single("", 1, "1/s", 0, List.of())).count("walk")).isEqualTo(1);
    }
}
