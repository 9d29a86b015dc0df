package io.gridprobe.load.engine;

import io.gridprobe.harness.GridClient;
import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.load.behaviour.Crowd;
import io.gridprobe.load.report.Action;
import io.gridprobe.load.report.LoadRecorder;
import io.gridprobe.protocol.login.StartLocation;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Starts the plan's logins as the ramp allows, from the engine's clock, and measures each: login HTTP, login to
 * ready, or the typed failure. A login that completes after the run stopped is logged out at once.
 */
final class Logins {
    private final GridClient client;
    private final LoadPlan plan;
    private final LoadRecorder recorder;
    private final Crowd crowd;
    private final Consumer<Arrived> arrived;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private int next;
    private volatile boolean stopped;

    record Arrived(int index, Agent agent) {
    }

    Logins(GridClient client, LoadPlan plan, LoadRecorder recorder, Crowd crowd, Consumer<Arrived> arrived) {
        this.client = client;
        this.crowd = crowd;
        this.plan = plan;
        this.recorder = recorder;
        this.arrived = arrived;
    }

    /** Clock thread: starts as many logins as the ramp permits now. */
    void tick(long nowNanos) {
        if (stopped || next >= plan.agents()) {
            return;
        }
        int permits = plan.ramp().permits(nowNanos, inFlight.get());
        for (int i = 0; i < permits && next < plan.agents(); i++) {
            start(next++);
        }
    }

    private void start(int position) {
        Credentials who = plan.accounts().get(position);
        int index = plan.firstIndex() + position;
        inFlight.incrementAndGet();
        long t0 = System.nanoTime();
        client.login(who, startFor(position)).whenComplete((agent, e) -> {
            inFlight.decrementAndGet();
            long took = System.nanoTime() - t0;
            plan.ramp().finished(took, e == null);
            if (e != null) {
                failed.incrementAndGet();
                crowd.failed(Action.LOGIN_READY, e);
                return;
            }
            if (stopped) {
                agent.logout();
                return;
            }
            var timings = agent.timings();
            recorder.record(Action.LOGIN_HTTP, timings.loginHttp().toNanos());
            recorder.record(Action.LOGIN_READY, timings.total() == null ? took : timings.total().toNanos());
            arrived.accept(new Arrived(index, agent));
        });
    }

    private StartLocation startFor(int position) {
        List<String> regions = plan.startRegions();
        if (regions.isEmpty()) {
            return StartLocation.last();
        }
        // spread over a few metres around the centre, so that avatars do not all stand on one spot
        int dx = position % 7 - 3;
        int dy = position / 7 % 7 - 3;
        return StartLocation.uri(regions.get(position % regions.size()), 128 + dx, 128 + dy, 25);
    }

    int started() {
        return next;
    }

    int inFlight() {
        return inFlight.get();
    }

    int failed() {
        return failed.get();
    }

    void stop() {
        stopped = true;
    }
}
