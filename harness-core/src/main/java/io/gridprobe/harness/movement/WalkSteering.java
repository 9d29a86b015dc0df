package io.gridprobe.harness.movement;

import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.harness.events.AwaitTimeoutException;
import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.protocol.wire.ControlFlags;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code walkTo}'s steering: on each tick (and each position update) face the target and walk; stop within the
 * tolerance; give up at the deadline saying where the avatar got to. At most one walk at a time.
 */
final class WalkSteering implements KeyControls.Ticks {
    private final AgentCore agent;
    private final KeyControls keys;
    private final Runnable stop;
    private WalkTarget target;

    /** A walkTo under way. */
    private record WalkTarget(Vector3 point, double tolerance, long deadlineNanos, Duration timeout,
                              CompletableFuture<Vector3> done) {
    }

    /** {@code stop}: releases the keys (the manager's stop, which also abandons the walk it knows of). */
    WalkSteering(AgentCore agent, KeyControls keys, Runnable stop) {
        this.agent = agent;
        this.keys = keys;
        this.stop = stop;
    }

    /** Starts a walk, replacing (and failing) any walk under way. */
    CompletableFuture<Vector3> walkTo(Vector3 point, double tolerance, Duration timeout) {
        Duration scaled = agent.grid().scaled(timeout);
        WalkTarget t = new WalkTarget(point, tolerance, System.nanoTime() + scaled.toNanos(), scaled,
                new CompletableFuture<>());
        WalkTarget replaced;
        synchronized (this) {
            replaced = target;
            target = t;
        }
        if (replaced != null) {
            replaced.done().completeExceptionally(new IllegalStateException(agent.role() + ": walkTo "
                    + replaced.point() + " replaced by walkTo " + point));
        }
        ticked(agent.position());
        return t.done();
    }

    /** Abandons the walk under way, if any (stop() was called). */
    void abandon() {
        WalkTarget abandoned = take();
        if (abandoned != null) {
            abandoned.done().completeExceptionally(new IllegalStateException(agent.role() + ": walkTo "
                    + abandoned.point() + " abandoned by stop()"));
        }
    }

    @Override
    public synchronized boolean active() {
        return target != null;
    }

    @Override
    public void agentGone() {
        WalkTarget t = take();
        if (t != null) {
            t.done().completeExceptionally(new IllegalStateException(agent.role() + " went " + agent.state()
                    + " while walking to " + t.point()));
        }
    }

    @Override
    public void ticked(Vector3 at) {
        WalkTarget t;
        synchronized (this) {
            t = target;
        }
        if (t == null) {
            return;
        }
        double distance = Math.hypot(t.point().x() - at.x(), t.point().y() - at.y());
        if (distance <= t.tolerance()) {
            if (take(t)) {
                stop.run();
                t.done().complete(at);
            }
            return;
        }
        if (System.nanoTime() - t.deadlineNanos() > 0) {
            if (take(t)) {
                stop.run();
                t.done().completeExceptionally(new AwaitTimeoutException(agent.role(), "arrival within "
                        + t.tolerance() + " m of " + t.point(), t.timeout(),
                        List.of("position " + at + ", " + Math.round(distance * 10) / 10.0 + " m away")));
            }
            return;
        }
        Heading towards = Heading.towards(at, t.point());
        if ((keys.flags() & ControlFlags.AT_POS) == 0 || angle(keys.heading(), towards) > Math.toRadians(5)) {
            keys.hold(towards, ControlFlags.AT_POS);
        }
    }

    private synchronized WalkTarget take() {
        WalkTarget t = target;
        target = null;
        return t;
    }

    private synchronized boolean take(WalkTarget t) {
        if (target != t) {
            return false;
        }
        target = null;
        return true;
    }

    private static double angle(Heading a, Heading b) {
        double d = Math.abs(a.radians() - b.radians()) % (2 * Math.PI);
        return d > Math.PI ? 2 * Math.PI - d : d;
    }
}
