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
