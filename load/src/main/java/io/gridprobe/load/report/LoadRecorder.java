package io.gridprobe.load.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What a load run measures, recorded from any number of threads, turned into one {@link TimePoint} per second by
 * {@link #tick()} and into a {@link LoadReport} at the end.
 *
 * <p>Recording is cheap and lock-free: latencies go into one HdrHistogram {@link Recorder} per action, failures into a
 * counter per action and reason. {@code tick()} (call it once a second, or let {@link #startTicking()} do it) swaps the
 * interval histograms out, adds them to the run's totals, and reads the gauges (agents connected, target), the
 * process's CPU and heap, and the regions' health samples received since the last tick.
 */
public final class LoadRecorder {
    private static final Action[] ACTIONS = Action.values();
    private static final FailureReason[] REASONS = FailureReason.values();

    private final Clock clock;
    private final ProcessSampler process = new ProcessSampler();
    private final EnumMap<Action, Recorder> recorders = new EnumMap<>(Action.class);
    private final AtomicLongArray failuresNow = new AtomicLongArray(ACTIONS.length * REASONS.length);
    private final AtomicInteger connected = new AtomicInteger();
    private final AtomicInteger target = new AtomicInteger();
    private final ConcurrentHashMap<String, HealthSample> healthNow = new ConcurrentHashMap<>();

    // guarded by this: what tick() accumulates
    private final EnumMap<Action, Histogram> totals = new EnumMap<>(Action.class);
    private final EnumMap<Action, Histogram> spare = new EnumMap<>(Action.class);
    private final long[] failureTotals = new long[ACTIONS.length * REASONS.length];
    private final List<TimePoint> series = new ArrayList<>();
    private final Map<String, List<HealthPoint>> health = new TreeMap<>();
    private final long startedMillis;

    public LoadRecorder() {
        this(Clock.systemUTC());
    }

    /** With a clock of the caller's, for tests that decide which wall-clock second each tick closes. */
    public LoadRecorder(Clock clock) {
        this.clock = clock;
        this.startedMillis = clock.millis();
        for (Action a : ACTIONS) {
            Recorder r = new Recorder(HistogramCodec.SIGNIFICANT_DIGITS);
            recorders.put(a, r);
            totals.put(a, HistogramCodec.newHistogram());
        }
    }

    /** One successful action that took {@code nanos}; safe from any thread. */
    public void record(Action action, long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("a latency cannot be negative: " + nanos + " ns for " + action);
        }
        recorders.get(action).recordValue(nanos / 1000);
    }

    /** One failed action; safe from any thread. */
    public void failure(Action action, FailureReason reason) {
        failuresNow.incrementAndGet(action.ordinal() * REASONS.length + reason.ordinal());
    }

    /** A reading of a region's own statistics; several in one second keep the worst of each figure. */
    public void gridHealth(String region, HealthSample sample) {
        healthNow.merge(region, sample, HealthSample::worst);
    }

    /** How many agents are connected now (the engine's count). */
    public void connected(int agents) {
        connected.set(agents);
    }

    /** How many agents the ramp wants connected by now. */
    public void target(int agents) {
        target.set(agents);
    }

    /** One more agent connected; for engines that count as they go rather than set the number. */
    public void agentConnected() {
        connected.incrementAndGet();
    }

    /** One agent fewer connected. */
    public void agentDisconnected() {
        connected.decrementAndGet();
    }

    /**
     * Closes the wall-clock second that has just ended (the one nearest before now) into a point of the series.
     * A tick landing in a second already closed folds into that point rather than making a second one.
     */
    public synchronized TimePoint tick() {
        long now = clock.millis();
        long second = Math.round(now / 1000.0) - 1;
        Map<String, LatencyStats> latency = new TreeMap<>();
        for (Action a : ACTIONS) {
            Histogram interval = recorders.get(a).getIntervalHistogram(spare.get(a));
            spare.put(a, interval);
            if (interval.getTotalCount() > 0) {
                totals.get(a).add(interval);
                latency.put(a.key(), LatencyStats.of(interval));
            }
        }
        Map<String, Map<String, Long>> failures = new TreeMap<>();
        for (int i = 0; i < failureTotals.length; i++) {
            long n = failuresNow.getAndSet(i, 0);
            if (n > 0) {
                failureTotals[i] += n;
                failures.computeIfAbsent(ACTIONS[i / REASONS.length].key(), k -> new TreeMap<>())
                        .put(REASONS[i % REASONS.length].key(), n);
            }
        }
        for (String region : List.copyOf(healthNow.keySet())) {
            HealthSample s = healthNow.remove(region);
            if (s != null) {
                List<HealthPoint> points = health.computeIfAbsent(region, r -> new ArrayList<>());
                if (!points.isEmpty() && points.get(points.size() - 1).second() >= second) {
                    HealthPoint last = points.remove(points.size() - 1);
                    s = last.sample().worst(s);
                }
                points.add(new HealthPoint(second, s));
            }
        }
        TimePoint point = new TimePoint(second, connected.get(), target.get(), latency, failures,
                process.cpuSinceLast(), process.heapUsedBytes(), 1);
        if (!series.isEmpty() && series.get(series.size() - 1).second() >= second) {
            TimePoint last = series.remove(series.size() - 1);
            point = TimePoints.fold(last, point);
        }
        series.add(point);
        return point;
    }

    /** The latest point, or none before the first tick; for live progress. */
    public synchronized java.util.Optional<TimePoint> latest() {
        return series.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(series.get(series.size() - 1));
    }

    /** Failures so far, per reason key, all actions (as of the last tick); for live progress. */
    public synchronized Map<String, Long> failuresByReason() {
        Map<String, Long> byReason = new LinkedHashMap<>();
        for (int i = 0; i < failureTotals.length; i++) {
            if (failureTotals[i] > 0) {
                byReason.merge(REASONS[i % REASONS.length].key(), failureTotals[i], Long::sum);
            }
        }
        return byReason;
    }

    /**
     * Starts calling {@link #tick()} at each whole second on a daemon thread of its own; closing the returned ticker
     * stops it (and ticks once more, so nothing recorded is left out).
     */
    public LoadTicker startTicking() {
        return new LoadTicker(this, clock);
    }

    /** The report of everything so far: ticks once more first, so that what was recorded since is in it. */
    public synchronized LoadReport report(RunInfo run) {
        tick();
        Map<String, LatencyStats> actions = new TreeMap<>();
        totals.forEach((a, h) -> {
            if (h.getTotalCount() > 0) {
                actions.put(a.key(), LatencyStats.of(h));
            }
        });
        Map<String, Map<String, Long>> failures = new TreeMap<>();
        for (int i = 0; i < failureTotals.length; i++) {
            if (failureTotals[i] > 0) {
                failures.computeIfAbsent(ACTIONS[i / REASONS.length].key(), k -> new TreeMap<>())
                        .put(REASONS[i % REASONS.length].key(), failureTotals[i]);
            }
        }
        return LoadReport.of(run, startedMillis, clock.millis(), actions, failures, series, health);
    }
}
