package io.gridprobe.load.behaviour;

import io.gridprobe.load.report.Action;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Sends an instant message to another agent of the run, anywhere on the grid, timed until it is received. */
public final class ImBehaviour implements Behaviour {
    static final String PREFIX = "gridprobe load im ";
    private static final long RECEIVED_WITHIN = TimeUnit.SECONDS.toNanos(10);
    private final AtomicLong messages = new AtomicLong();
    private final Duration every;

    public ImBehaviour(Duration every) {
        this.every = every;
    }

    @Override
    public String name() {
        return "im";
    }

    @Override
    public Action action() {
        return Action.IM_DELIVERED;
    }

    @Override
    public Duration every() {
        return every;
    }

    static String key(String text) {
        return "im:" + text;
    }

    @Override
    public CompletableFuture<Void> act(LoadAgent self, Crowd crowd) {
        var to = crowd.anyOther(self);
        if (to.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        String text = PREFIX + self.index() + "." + messages.incrementAndGet();
        long t0 = System.nanoTime();
        CompletableFuture<Long> received = crowd.expectations().expect(key(text), "IM '" + text + "' received",
                RECEIVED_WITHIN);
        self.agent().im().send(to.get().agent().id(), text).whenComplete((v, e) -> {
            if (e != null) {
                crowd.expectations().cancel(key(text));
                received.completeExceptionally(e);
            }
        });
        return crowd.measureArrival(Action.IM_DELIVERED, t0, received);
    }
}
