package io.gridprobe.bench;

import io.gridprobe.load.report.Action;
import io.gridprobe.load.report.FailureReason;
import io.gridprobe.load.report.HealthSample;
import io.gridprobe.load.report.LoadRecorder;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What measuring costs the load process: one {@link LoadRecorder#record} (a latency into the action's HdrHistogram
 * recorder), one {@link LoadRecorder#failure}, one {@link LoadRecorder#gridHealth}, and one {@link LoadRecorder#tick}
 * closing a second of 2,000 samples. Run with {@code -t 2} for two threads recording into one recorder at once.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LoadRecorderBenchmark {

    @State(Scope.Benchmark)
    public static class Shared {
        LoadRecorder recorder;

        @Setup(Level.Trial)
        public void setUp() {
            recorder = new LoadRecorder();
        }
    }

    /** Latencies as a run sees them: log-normal around 50 ms, from 1 ms to a few seconds. */
    @State(Scope.Thread)
    public static class Latencies {
        final long[] nanos = new long[4096];
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            Random random = new Random(Thread.currentThread().getId());
            for (int i = 0; i < nanos.length; i++) {
                nanos[i] = (long) (1_000_000 * Math.exp(random.nextGaussian() * 1.2 + 4));
            }
        }

        long next() {
            return nanos[next++ & (nanos.length - 1)];
        }
    }

    @Benchmark
    public void record(Shared shared, Latencies latencies) {
        shared.recorder.record(Action.CHAT_HEARD, latencies.next());
    }

    @Benchmark
    public void failure(Shared shared) {
        shared.recorder.failure(Action.TELEPORT, FailureReason.TIMEOUT);
    }

    private static final HealthSample SAMPLE = new HealthSample(0.98, 45, 44, 60, 0, 1, 0, 21.5);

    @Benchmark
    public void gridHealth(Shared shared) {
        shared.recorder.gridHealth("Load A", SAMPLE);
    }

    /**
     * A recorder holding one second's worth of samples (2,000 over 4 actions), closed by a tick. Its clock moves a
     * second per tick (so no tick folds into the one before), and a fresh recorder every 600 ticks keeps the series
     * from growing over the run.
     */
    @State(Scope.Thread)
    public static class Second {
        final long[] now = {1_796_000_000_000L};
        final java.time.Clock clock = new java.time.Clock() {
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public long millis() {
                return now[0];
            }

            public java.time.Instant instant() {
                return java.time.Instant.ofEpochMilli(now[0]);
            }
        };
        LoadRecorder recorder;
        int ticks;

        @Setup(Level.Invocation)
        public void fill(Latencies latencies) {
            if (recorder == null || ticks++ % 600 == 0) {
                recorder = new LoadRecorder(clock);
            }
            now[0] += 1000;
            Action[] actions = {Action.CHAT_HEARD, Action.WALK, Action.IM_DELIVERED, Action.REZ_SEEN};
            for (int i = 0; i < 2000; i++) {
                recorder.record(actions[i & 3], latencies.next());
            }
        }

        @TearDown(Level.Trial)
        public void drop() {
            recorder = null;
        }
    }

    @Benchmark
    public Object tick(Second second) {
        return second.recorder.tick();
    }
}
