package io.gridprobe.harness.objects;

import io.gridprobe.harness.events.AgentEvent;
import io.gridprobe.harness.events.AwaitTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The object manager's waits: each is registered before the message that should cause it is sent, so a fast grid can
 * never beat it, and completes on the first signal (table change, properties, new item) it accepts, or fails after
 * its timeout with {@link AwaitTimeoutException} naming what was awaited and the last signals that came instead.
 * Independent of the event stream's mark, so that several actions can wait at once.
 */
final class ObjectWaits {
    private static final int RECENT = 12;
    /** The signal a state wait is first checked with, when it is registered. */
    private static final Object NOW = new Object();

    private record Waiter<T>(Predicate<Object> concerns, Function<Object, Optional<T>> matcher,
                             CompletableFuture<T> result) {
        boolean offer(Object signal) {
            if (!concerns.test(signal)) {
                return false;
            }
            try {
                Optional<T> v = matcher.apply(signal);
                return v.isPresent() && result.complete(v.get());
            } catch (RuntimeException e) {
                return result.completeExceptionally(e);
            }
        }
    }

    private final String owner;
    private final List<Waiter<?>> waiters = new CopyOnWriteArrayList<>();
    private final Deque<String> recent = new ArrayDeque<>();

    ObjectWaits(String owner) {
        this.owner = owner;
    }

    /** The first signal the matcher accepts. */
    <T> CompletableFuture<T> next(String what, Function<Object, Optional<T>> matcher, Duration timeout) {
        Waiter<T> w = new Waiter<>(signal -> true, matcher, new CompletableFuture<>());
        waiters.add(w);
        return bounded(w, what, timeout);
    }

    /**
     * A state of the object tables: checked now, then again only after a change of an object it {@code concerns}
     * (in a busy region, a wait on one prim must not re-evaluate its state on every other prim's update).
     */
    <T> CompletableFuture<T> until(String what, Predicate<WorldObject> concerns, Supplier<Optional<T>> state,
                                   Duration timeout) {
        Waiter<T> w = new Waiter<>(signal -> signal == NOW || signal instanceof ObjectChange c && concerns.test(c.object()),
                signal -> state.get(), new CompletableFuture<>());
        waiters.add(w);
        if (w.offer(NOW)) {
            waiters.remove(w);
        }
        return bounded(w, what, timeout);
    }

    void signal(Object s) {
        if (s instanceof AgentEvent e) {
            synchronized (recent) {
                recent.addLast(e.describe());
                if (recent.size() > RECENT) {
                    recent.removeFirst();
                }
            }
        }
        for (Waiter<?> w : waiters) {
            if (w.result().isDone() || w.offer(s)) {
                waiters.remove(w);
            }
        }
    }

    /** Fails every pending wait (the agent is gone). */
    void failAll(RuntimeException why) {
        for (Waiter<?> w : waiters) {
            w.result().completeExceptionally(why);
        }
        waiters.clear();
    }

    private <T> CompletableFuture<T> bounded(Waiter<T> w, String what, Duration timeout) {
        return w.result().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).handle((v, e) -> {
            waiters.remove(w);
            if (e instanceof TimeoutException) {
                throw new AwaitTimeoutException(owner, what, timeout, recent());
            }
            if (e != null) {
                throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
            }
            return v;
        });
    }

    private List<String> recent() {
        synchronized (recent) {
            return new ArrayList<>(recent);
        }
    }
}
