package io.gridprobe.scenarios.support;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Blocking reads of a manager's futures, for scenarios that read better step by step. */
public final class Await {
    private Await() {
    }

    /**
     * The result, or the manager's own failure (which says what was awaited) rather than a wrapper. The managers'
     * futures time out on their own; the outer bound only guards against a future nobody completes.
     */
    /**
     * What the grid did with a message, as another agent (or the sender) sees it: the effect's result, or at once the
     * send's own failure when the message could not be delivered. Not waiting for the grid's ack first is the point:
     * OpenSimulator batches acks (about half a second when nothing else goes out), and the effect proves more.
     */
    public static <T> T effect(CompletableFuture<?> sent, CompletableFuture<T> effect) throws Exception {
        CompletableFuture<T> first = new CompletableFuture<>();
        effect.whenComplete((v, e) -> {
            if (e != null) {
                first.completeExceptionally(e);
            } else {
                first.complete(v);
            }
        });
        sent.whenComplete((v, e) -> {
            if (e != null) {
                first.completeExceptionally(e);
            }
        });
        return result(first);
    }

    public static <T> T result(CompletableFuture<T> f) throws Exception {
        try {
            return f.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            while (c instanceof CompletionException && c.getCause() != null) {
                c = c.getCause();
            }
            if (c instanceof Exception x) {
                throw x;
            }
            throw e;
        } catch (TimeoutException e) {
            throw new AssertionError("no answer within 120 s", e);
        }
    }
}
