package io.gridprobe.harness.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
 * <p>
 * Every event has a sequence number, and marks are sequence numbers, so a wait never skips an event that arrived
 * after its mark (also while other threads publish). High-volume events ({@link AgentEvent#highVolume()}: object
 * appearances and updates, thousands in a busy region) are kept apart, so they cannot push the rare ones out. When
 * the history did drop an event a wait or an absence check would have had to look at, that is said
 * ({@link HistoryOverflowException}), never taken as "not there".
 */
public final class EventStream {
    private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);

    private final String owner;
    private final History rare;
    private final History bulk;
    private final List<Waiter<?>> waiters = new CopyOnWriteArrayList<>();
    private final List<Consumer<? super AgentEvent>> listeners = new CopyOnWriteArrayList<>();
    private long published;
    /** Sequence number of the first event the next wait may take. */
    private long markSeq;

    private record Entry(long seq, AgentEvent event) {
    }

    /** One bounded ring of the history, remembering what kinds of events it had to drop and the newest dropped. */
    private static final class History {
        final int capacity;
        final Deque<Entry> entries = new ArrayDeque<>();
        final Map<Class<?>, Long> droppedUpTo = new HashMap<>();

        History(int capacity) {
            this.capacity = capacity;
        }

        void add(Entry e) {
            entries.addLast(e);
            if (entries.size() > capacity) {
                Entry gone = entries.removeFirst();
                droppedUpTo.put(gone.event().getClass(), gone.seq());
            }
        }

        /** Whether an event that could be a {@code type} and came at or after {@code fromSeq} was dropped. */
        boolean dropped(Class<?> type, long fromSeq) {
            for (Map.Entry<Class<?>, Long> d : droppedUpTo.entrySet()) {
                if (d.getValue() >= fromSeq && (type.isAssignableFrom(d.getKey()) || d.getKey().isAssignableFrom(type))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class Waiter<T extends AgentEvent> {
        final Class<T> type;
        final Predicate<? super T> filter;
        final CompletableFuture<T> result;
        volatile long matchedSeq = -1;

        Waiter(Class<T> type, Predicate<? super T> filter, CompletableFuture<T> result) {
            this.type = type;
            this.filter = filter;
            this.result = result;
        }

        boolean offer(Entry e) {
            if (type.isInstance(e.event())) {
                T t = type.cast(e.event());
                boolean match;
                try {
                    match = filter.test(t);
                } catch (RuntimeException ex) {
                    result.completeExceptionally(ex);
                    return true;
                }
                if (match) {
                    matchedSeq = e.seq();
                    return result.complete(t);
                }
            }
            return false;
        }
    }

    public EventStream(String owner, int historyCapacity) {
        this.owner = owner;
        this.rare = new History(historyCapacity);
        this.bulk = new History(historyCapacity);
    }

    public void publish(AgentEvent event) {
        Entry entry;
        synchronized (this) {
            entry = new Entry(published++, event);
            (event.highVolume() ? bulk : rare).add(entry);
        }
        for (Waiter<?> w : waiters) {
            if (w.offer(entry)) {
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
        markSeq = published;
    }

    /**
     * The first event of this type matching the filter that arrives after the last {@link #mark()} (or that has
     * already arrived since), as a future that fails with {@link AwaitTimeoutException} after the timeout, or at once
     * with {@link HistoryOverflowException} when events of that kind since the mark were dropped unseen.
     */
    public <T extends AgentEvent> CompletableFuture<T> nextAsync(Class<T> type, Predicate<? super T> filter, Duration timeout) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Waiter<T> w = new Waiter<>(type, filter, result);
        synchronized (this) {
            for (Entry e : since(markSeq)) {
                if (w.offer(e)) {
                    markSeq = e.seq() + 1; // consumed: the next wait starts after it
                    return result;
                }
            }
            if (rare.dropped(type, markSeq) || bulk.dropped(type, markSeq)) {
                result.completeExceptionally(new HistoryOverflowException(owner, type.getSimpleName()
                        + " events that arrived since the mark were dropped from the history before this wait"));
                return result;
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
                markSeq = Math.max(markSeq, w.matchedSeq + 1);
            }
            return v;
        });
    }

    /** The kept events from {@code fromSeq} on, both rings merged in the order they arrived. */
    private List<Entry> since(long fromSeq) {
        List<Entry> out = new ArrayList<>();
        for (History h : List.of(rare, bulk)) {
            for (Entry e : h.entries) {
                if (e.seq() >= fromSeq) {
                    out.add(e);
                }
            }
        }
        out.sort(Comparator.comparingLong(Entry::seq));
        return out;
    }

    /** Blocking form of {@link #nextAsync}, for tests that read better that way. */
    public <T extends AgentEvent> T next(Class<T> type, Predicate<? super T> filter, Duration timeout) {
        String step = owner + " waits for " + type.getSimpleName();
        try {
            T t = nextAsync(type, filter, timeout).get();
            io.gridprobe.harness.steps.Steps.passed(step + ": " + t.describe());
            return t;
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof java.util.concurrent.CompletionException ce && ce.getCause() != null) {
                c = ce.getCause();
            }
            io.gridprobe.harness.steps.Steps.failed(step, c);
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

    /**
     * Whether an event of this type matching the filter is in the history: for Awaitility's {@code until(...)} and for
     * absence checks. A "no" is only given when the history still holds every event of that kind; otherwise it throws
     * {@link HistoryOverflowException}, since the one sought may have been dropped.
     */
    public synchronized <T extends AgentEvent> boolean seen(Class<T> type, Predicate<? super T> filter) {
        for (History h : List.of(rare, bulk)) { // order does not matter here: no merged copy
            for (Entry e : h.entries) {
                if (type.isInstance(e.event()) && filter.test(type.cast(e.event()))) {
                    return true;
                }
            }
        }
        if (rare.dropped(type, 0) || bulk.dropped(type, 0)) {
            throw new HistoryOverflowException(owner, "cannot tell whether a " + type.getSimpleName()
                    + " was seen: events of that kind were dropped from the history");
        }
        return false;
    }

    public synchronized <T extends AgentEvent> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Entry e : since(0)) {
            if (type.isInstance(e.event())) {
                out.add(type.cast(e.event()));
            }
        }
        return out;
    }

    /** The event log: one line an event, oldest first. */
    public synchronized String log() {
        StringBuilder sb = new StringBuilder();
        List<Entry> kept = since(0);
        if (published > kept.size()) {
            sb.append("(").append(published - kept.size()).append(" earlier events not kept)\n");
        }
        for (Entry e : kept) {
            sb.append(e.event().time()).append(' ').append(e.event().describe()).append('\n');
        }
        return sb.toString();
    }

    /** What arrived lately, for timeout messages: the rare events, and how many object updates came besides. */
    private synchronized List<String> recentDescriptions(int max) {
        List<String> out = new ArrayList<>();
        Iterator<Entry> it = rare.entries.descendingIterator();
        while (it.hasNext() && out.size() < max) {
            out.add(0, it.next().event().describe());
        }
        if (!bulk.entries.isEmpty()) {
            out.add("(and " + bulk.entries.size() + " object appearances and updates)");
        }
        return out;
    }

    static Instant now() {
        return Instant.now();
    }
}
