package io.gridprobe.harness.inventory;

import io.gridprobe.harness.events.AgentEvent;
import io.gridprobe.harness.events.AwaitTimeoutException;
import io.gridprobe.harness.events.EventStream;
import io.gridprobe.protocol.http.HttpFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The waits the inventory operations need, each bounded and none sleeping a thread: asking again until a change reads
 * back, an event published since a point, and a future's failure unwrapped.
 */
final class InventoryWaits {
    private InventoryWaits() {
    }

    /**
     * Asks again (after 50 ms, 100 ms, ... up to 1 s between tries) until the answer passes {@code ok} or the time is
     * up; then completes with the last answer, or fails with {@code what} and the last answer. For grids that apply a
     * change without saying so (OpenSim's UpdateInventoryItem, CreateInventoryFolder): the change is read back.
     */
    static <T> CompletableFuture<T> until(Supplier<CompletableFuture<T>> ask, Predicate<? super T> ok, Duration timeout,
                                          String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        CompletableFuture<T> result = new CompletableFuture<>();
        attempt(ask, ok, deadline, 50, what, result);
        return result;
    }

    private static <T> void attempt(Supplier<CompletableFuture<T>> ask, Predicate<? super T> ok, long deadline,
                                    long delayMillis, String what, CompletableFuture<T> result) {
        ask.get().whenComplete((v, e) -> {
            if (e == null && ok.test(v)) {
                result.complete(v);
                return;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                result.completeExceptionally(new InventoryException(what + (e != null
                        ? ": the last try failed: " + unwrap(e).getMessage() : "; the grid last answered " + v)));
                return;
            }
            long wait = Math.min(delayMillis, TimeUnit.NANOSECONDS.toMillis(left) + 1);
            Executor later = CompletableFuture.delayedExecutor(wait, TimeUnit.MILLISECONDS);
            later.execute(() -> attempt(ask, ok, deadline, Math.min(delayMillis * 2, 1000), what, result));
        });
    }

    /**
     * The first event of the type passing the filter that arrived at or after {@code since}: one already in the
     * stream's history, or the next one. Unlike {@link EventStream#nextAsync} it does not move the stream's mark, so
     * it never hides events from a test's own waits.
     */
    static <T extends AgentEvent> CompletableFuture<T> eventSince(EventStream events, Class<T> type,
                                                                  Predicate<? super T> filter, Instant since,
                                                                  Duration timeout, String owner) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Predicate<T> match = e -> !e.time().isBefore(since) && filter.test(e);
        Runnable stop = events.on(type, e -> {
            if (match.test(e)) {
                result.complete(e);
            }
        });
        for (T e : events.all(type)) {
            if (match.test(e)) {
                result.complete(e);
                break;
            }
        }
        return result.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).handle((v, e) -> {
            stop.run();
            if (e instanceof TimeoutException) {
                throw new AwaitTimeoutException(owner, type.getSimpleName() + " matching the filter", timeout,
                        List.of());
            }
            if (e != null) {
                throw new CompletionException(unwrap(e));
            }
            return v;
        });
    }

    /** Blocks on a future for tests that read better that way; unwraps its failure. */
    static <T> T join(CompletableFuture<T> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = unwrap(e);
            throw c instanceof RuntimeException re ? re : new InventoryException(c.getMessage(), c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InventoryException("interrupted", e);
        }
    }

    static Throwable unwrap(Throwable t) {
        return HttpFailure.unwrap(t);
    }
}
