package io.gridprobe.load.behaviour;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Things an action expects another agent to notice (a line heard, an IM received, a prim seen), by a key the action
 * makes unique. No timer a wait: the engine's clock calls {@link #expire} once a second, which fails the late ones.
 */
public final class Expectations {
    private record Pending(long deadlineNanos, String what, CompletableFuture<Long> arrived) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    /** Completes with {@link System#nanoTime()} when {@code key} is noticed, or fails once {@code timeoutNanos} pass. */
    public CompletableFuture<Long> expect(String key, String what, long timeoutNanos) {
        Pending p = new Pending(System.nanoTime() + timeoutNanos, what, new CompletableFuture<>());
        pending.put(key, p);
        return p.arrived;
    }

    /** Someone noticed {@code key}: the first notice counts, later ones and unknown keys are ignored. */
    public void noticed(String key) {
        Pending p = pending.remove(key);
        if (p != null) {
            p.arrived.complete(System.nanoTime());
        }
    }

    /** Gives up on {@code key} (its action failed before anything could be noticed). */
    public void cancel(String key) {
        pending.remove(key);
    }

    public void expire(long nowNanos) {
        pending.forEach((key, p) -> {
            if (nowNanos - p.deadlineNanos > 0 && pending.remove(key, p)) {
                p.arrived.completeExceptionally(new NotNoticedException(p.what + ": not noticed in time"));
            }
        });
    }

    /** Fails everything still expected: the run is over. */
    public void abandonAll() {
        pending.forEach((key, p) -> {
            if (pending.remove(key, p)) {
                p.arrived.cancel(false);
            }
        });
    }

    public int size() {
        return pending.size();
    }
}
