package io.gridprobe.harness.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An agent's typed events: listeners, a bounded history (the event log attached to failed tests), and waits.
 * <p>
 * A wait registered before the action that causes the event can never miss it; {@link #next} also looks at events
 * that arrived since the last {@link #mark()}, so "do X, then wait for Y" works even when Y is faster than the call
 * to wait. No wait sleeps: each completes on the event or on its timeout.
 */
public final class EventStream {
    private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);

    private final String owner;
    private final int historyCapacity;
    private final Deque<AgentEvent> history = new ArrayDeque<>();
    private final List<Waiter<?>> waiters = new CopyOnWriteArrayList<>();
    private final List<Consumer<? super AgentEvent>> listeners = new CopyOnWriteArrayList<>();
    private long published;
    private long markedAt;

    private record Waiter<T extends AgentEvent>(Class<T> type, Predicate<? super T> filter, CompletableFuture<T> result) {
        boolean offer(AgentEvent e) {
            if (type.isInstance(e)) {
                T t = type.cast(e);
                boolean match;
                try {
                    match = filter.test(t);
                } catch (RuntimeException ex) {
                    result.completeExceptionally(ex);
                    return true;
                }
                if (match) {
                    return result.complete(t);
                }
            }
            return false;
        }
    }

    public EventStream(String owner, int historyCapacity) {
        this.owner = owner;
        this.historyCapacity = historyCapacity;
    }

    public void publish(AgentEvent event) {
        synchronized (this) {
            history.addLast(event);
            if (history.size() > historyCapacity) {
                history.removeFirst();
                markedAt = Math.max(0, markedAt - 1);
            }
            published++;
        }
        for (Waiter<?> w : waiters) {
            if (w.offer(event)) {
                waiters.remove(w);
            }
        }
        for (Consumer<? super AgentEvent> l : listeners) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("{}: event listener failed on {}", owner, event.describe(), e);
            }
        }
    }

    /** Calls {@code listener} for every future event of this type. */
    public <T extends AgentEvent> Runnable on(Class<T> type, Consumer<? super T> listener) {
        Consumer<AgentEvent> l = e -> {
            if (type.isInstance(e)) {
                listener.accept(type.cast(e));
            }
        };
        listeners.add(l);
        return () -> listeners.remove(l);
    }

    /** Forgets what arrived so far for the purpose of {@link #next}: later waits only see newer events. */
    public synchronized void mark() {
        markedAt = history.size();
    }

    /**
     * The first event of this type matching the filter that arrives after the last {@link #mark()} (or that has
     * already arrived since), as a future that fails with {@link AwaitTimeoutException} after the timeout.
     */
    public <T extends AgentEvent> CompletableFuture<T> nextAsync(Class<T> type, Predicate<? super T> filter, Duration timeout) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Waiter<T> w = new Waiter<>(type, filter, result);
        synchronized (this) {
            int i = 0;
            for (AgentEvent e : history) {
                if (i++ >= markedAt && w.offer(e)) {
                    markedAt = i; // consumed: the next wait starts after it
                    return result;
                }
            }
            waiters.add(w);
        }
        CompletableFuture<T> timed = result.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return timed.handle((v, ex) -> {
            waiters.remove(w);
            if (ex instanceof TimeoutException) {
                throw new AwaitTimeoutException(owner, type.getSimpleName() + " matching the filter", timeout,
                        recentDescriptions(10));
            }
            if (ex != null) {
                throw ex instanceof RuntimeException re ? re : new IllegalStateException(ex);
            }
            synchronized (this) {
                markedAt = history.size();
            }
            return v;
        });
    }

    /** Blocking form of {@link #nextAsync}, for tests that read better that way. */
    public <T extends AgentEvent> T next(Class<T> type, Predicate<? super T> filter, Duration timeout) {
        String step = owner + " waits for " + type.getSimpleName();
        try {
            T t = nextAsync(type, filter, timeout).get();
            io.gridprobe.harness.junit.Steps.passed(step + ": " + t.describe());
            return t;
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof java.util.concurrent.CompletionException ce && ce.getCause() != null) {
                c = ce.getCause();
            }
            io.gridprobe.harness.junit.Steps.failed(step, c);
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + type.getSimpleName(), e);
        }
    }

    public <T extends AgentEvent> T next(Class<T> type, Duration timeout) {
        return next(type, e -> true, timeout);
    }

    /** Whether an event of this type matching the filter is in the history: for Awaitility's {@code until(...)}. */
    public synchronized <T extends AgentEvent> boolean seen(Class<T> type, Predicate<? super T> filter) {
        for (AgentEvent e : history) {
            if (type.isInstance(e) && filter.test(type.cast(e))) {
                return true;
            }
        }
        return false;
    }

    public synchronized <T extends AgentEvent> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (AgentEvent e : history) {
            if (type.isInstance(e)) {
                out.add(type.cast(e));
            }
        }
        return out;
    }

    /** The event log: one line an event, oldest first. */
    public synchronized String log() {
        StringBuilder sb = new StringBuilder();
        if (published > history.size()) {
            sb.append("(").append(published - history.size()).append(" earlier events not kept)\n");
        }
        for (AgentEvent e : history) {
            sb.append(e.time()).append(' ').append(e.describe()).append('\n');
        }
        return sb.toString();
    }

    private synchronized List<String> recentDescriptions(int max) {
        List<String> out = new ArrayList<>();
        Iterator<AgentEvent> it = history.descendingIterator();
        while (it.hasNext() && out.size() < max) {
            out.add(0, it.next().describe());
        }
        return out;
    }

    static Instant now() {
        return Instant.now();
    }
}
