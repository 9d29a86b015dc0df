package io.gridprobe.load.behaviour;

import io.gridprobe.load.report.Action;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Says a line in local chat, timed until another agent in the region hears it. Skipped while no other agent is
 * within hearing range (no one could hear it).
 */
public final class ChatBehaviour implements Behaviour {
    static final String PREFIX = "gridprobe load ";
    /** Local chat carries 20 m; a little less, for positions a moment old. */
    static final double HEARING_RANGE = 18;
    private static final long HEARD_WITHIN = TimeUnit.SECONDS.toNanos(10);
    private final AtomicLong lines = new AtomicLong();
    private final Duration every;

    public ChatBehaviour(Duration every) {
        this.every = every;
    }

    @Override
    public String name() {
        return "chat";
    }

    @Override
    public Action action() {
        return Action.CHAT_HEARD;
    }

    @Override
    public Duration every() {
        return every;
    }

    static String key(String line) {
        return "chat:" + line;
    }

    @Override
    public CompletableFuture<Void> act(LoadAgent self, Crowd crowd) {
        if (crowd.peerWithin(self, HEARING_RANGE).isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        String line = PREFIX + self.index() + "." + lines.incrementAndGet();
        long t0 = System.nanoTime();
        CompletableFuture<Long> heard = crowd.expectations().expect(key(line), "chat '" + line + "' heard", HEARD_WITHIN);
        self.agent().chat().say(line).whenComplete((v, e) -> {
            if (e != null) {
                crowd.expectations().cancel(key(line));
                heard.completeExceptionally(e);
            }
        });
        return crowd.measureArrival(Action.CHAT_HEARD, t0, heard);
    }
}
