package io.gridprobe.load.engine;

import io.gridprobe.harness.core.AgentState;
import io.gridprobe.harness.GridClient;
import io.gridprobe.harness.agent.Agent;
import io.gridprobe.load.behaviour.BehaviourRunner;
import io.gridprobe.load.behaviour.Crowd;
import io.gridprobe.load.behaviour.LoadAgent;
import io.gridprobe.load.health.GridHealth;
import io.gridprobe.load.report.Action;
import io.gridprobe.load.report.ClockThread;
import io.gridprobe.load.report.FailureReason;
import io.gridprobe.load.report.LoadRecorder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a load plan against a grid: logins at the ramp's pace, behaviours, the grid's SimStats and live progress, all
 * driven by one clock thread ten times a second (no thread or timer an agent; network work runs on the shared
 * event loops). Bounded by construction: at {@code duration} after the start, or on {@link #stop()}, no new action
 * starts, every agent logs out within the plan's logout bound, and {@link #run()} returns.
 */
public final class LoadEngine {
    private static final Logger LOG = LoggerFactory.getLogger(LoadEngine.class);
    private static final long TICK_MILLIS = 100;

    private final GridClient client;
    private final LoadPlan plan;
    private final LoadRecorder recorder;
    private final Progress progress;
    private final Crowd crowd;
    private final BehaviourRunner behaviours;
    private final GridHealth health;
    private final Logins logins;
    private final CountDownLatch over = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final List<LoadAgent> everyone = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean stopRequested;
    private long startNanos;
    private long lastSecond;
    private int peak;
    private volatile long allConnectedNanos = -1;

    public LoadEngine(GridClient client, LoadPlan plan, LoadRecorder recorder, Progress progress) {
        this.client = client;
        this.plan = plan;
        this.recorder = recorder;
        this.progress = progress;
        this.crowd = new Crowd(recorder, plan.travelRegions());
        this.behaviours = new BehaviourRunner(plan.mix(), crowd);
        this.health = new GridHealth(recorder);
        this.logins = new Logins(client, plan, recorder, crowd, this::arrived);
    }

    /** Runs the plan to its end (or {@link #stop()}), everyone logged out; returns the figures. */
    public LoadResult run() throws InterruptedException {
        ClockThread clock = new ClockThread("gridprobe-load-clock");
        recorder.target(0);
        var ticker = recorder.startTicking();
        try {
            startNanos = System.nanoTime();
            clock.atFixedRate(this::tickSafely, 0, TICK_MILLIS);
            over.await(plan.duration().toMillis() + 2 * TICK_MILLIS, TimeUnit.MILLISECONDS);
            logins.stop();
            crowd.closing();
            clock.stop(Duration.ofSeconds(5));
            int notOut = logoutAll();
            crowd.expectations().abandonAll();
            recorder.connected(0);
            ticker.close();
            var byReason = recorder.failuresByReason();
            long failures = byReason.values().stream().mapToLong(Long::longValue).sum();
            LoadResult result = new LoadResult(plan.agents(), peak,
                    allConnectedNanos < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(allConnectedNanos)),
                    failures, byReason, health.minTimeDilation(), stopRequested, notOut);
            progress.finished(summary(result));
            return result;
        } finally {
            clock.close();
            ticker.close();
            finished.countDown();
        }
    }

    /** Ends the run early (Ctrl-C): the agents log out and {@link #run()} returns; waits for that, bounded. */
    public void stop() {
        stopRequested = true;
        over.countDown();
        try {
            finished.await(plan.logoutBound().toMillis() + 10_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            // an exception escaping a fixed-rate task would cancel every later tick without a word
            LOG.warn("load clock tick failed: {}", e.toString(), e);
        }
    }

    private void tick() {
        long now = System.nanoTime();
        if (now - startNanos >= plan.duration().toNanos() || stopRequested) {
            over.countDown();
            return;
        }
        logins.tick(now);
        behaviours.tick(now);
        long second = (now - startNanos) / 1_000_000_000L;
        if (second != lastSecond) {
            lastSecond = second;
            everySecond(now, second);
        }
    }

    private void everySecond(long now, long second) {
        crowd.expectations().expire(now);
        for (LoadAgent a : crowd.online()) {
            if (!a.online()) {
                crowd.left(a);
                if (a.agent().state() == AgentState.LOST) {
                    recorder.failure(Action.LOGIN_READY, FailureReason.DISCONNECTED);
                }
            }
        }
        int connected = crowd.online().size();
        peak = Math.max(peak, connected);
        recorder.connected(connected);
        recorder.target(logins.started());
        double dilation = health.currentTimeDilation();
        plan.ramp().gridDilation(dilation);
        progress.second(second, ProgressLine.of(second, connected, plan.agents(), logins.inFlight(), plan.ramp().rate(),
                recorder.failuresByReason(), recorder.latest().orElse(null), dilation));
    }

    /** Login thread: an agent is in world; it joins the crowd and its behaviours are scheduled. */
    private void arrived(Logins.Arrived a) {
        LoadAgent agent = new LoadAgent(a.index(), a.agent(), behaviours.count());
        everyone.add(agent);
        health.watch(a.agent());
        behaviours.schedule(agent, System.nanoTime());
        crowd.joined(agent);
        synchronized (this) {
            if (allConnectedNanos < 0 && crowd.online().size() == plan.agents()) {
                allConnectedNanos = System.nanoTime() - startNanos;
            }
        }
        if (stopRequested || over.getCount() == 0) {
            a.agent().logout();
        }
    }

    /** Logs everyone out at once, each timed; returns how many did not finish within the bound. */
    private int logoutAll() {
        List<CompletableFuture<Void>> outs = new ArrayList<>();
        for (LoadAgent a : everyone) {
            long t0 = System.nanoTime();
            boolean wasOnline = a.online();
            outs.add(a.agent().logout().handle((v, e) -> {
                if (!wasOnline) {
                    return null;
                }
                if (e == null) {
                    recorder.record(Action.LOGOUT, System.nanoTime() - t0);
                } else {
                    crowd.failed(Action.LOGOUT, e);
                }
                return null;
            }));
        }
        try {
            CompletableFuture.allOf(outs.toArray(new CompletableFuture[0]))
                    .get(plan.logoutBound().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("not every agent logged out within {}", plan.logoutBound());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.warn("logout failed: {}", e.getCause().toString());
        }
        // logins still under way when the run ended log out by themselves when they finish (Logins.stop)
        return (int) outs.stream().filter(f -> !f.isDone()).count();
    }

    private String summary(LoadResult r) {
        return String.format(java.util.Locale.ROOT, "load %s: peak %d/%d agents%s, %d failures%s, grid min dilation %.2f",
                r.stoppedEarly() ? "stopped" : "done", r.peakConnected(), r.target(),
                r.allConnectedAfter().map(d -> ", all in world after " + d.toMillis() / 1000.0 + " s").orElse(""),
                r.failures(), r.failuresByReason().isEmpty() ? "" : " " + r.failuresByReason(), r.minTimeDilation());
    }

    /** Agents in world now. */
    public int connected() {
        return crowd.online().size();
    }

    /** The run's agents as they are now (for tests and the end-of-run check that everyone is out). */
    public List<Agent> agents() {
        return everyone.stream().map(LoadAgent::agent).toList();
    }
}
