package io.gridprobe.scenarios.support;

import io.gridprobe.harness.agent.Agent;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Blocking reads of a manager's futures, for scenarios that read better step by step, and how long a scenario waits
 * for what one agent's action causes for another. A failure comes out as the manager's own exception (which says what
 * was awaited), not a wrapper.
 */
public final class Await {
    /** How long a scenario waits for an event another agent's action caused (stretched by the configured scale). */
    public static final Duration EVENT = Duration.ofSeconds(10);
    /** How long one inventory step may take before the test says so (stretched by the configured scale). */
    public static final Duration STEP = Duration.ofSeconds(20);
    /** The outer bound of {@link #result}: the managers' futures time out on their own, sooner. */
    private static final Duration ANY = Duration.ofSeconds(120);

    private Await() {
    }

    /** {@link #EVENT}, scaled for the agent's grid. */
    public static Duration event(Agent a) {
        return a.grid().scaled(EVENT);
    }

    /** {@link #STEP}, scaled for the agent's grid. */
    public static Duration step(Agent a) {
        return a.grid().scaled(STEP);
    }

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

    /** The result, or the manager's own failure; the outer bound only guards against a future nobody completes. */
    public static <T> T result(CompletableFuture<T> f) throws Exception {
        try {
            return f.get(ANY.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (cause(e) instanceof Exception x) {
                throw x;
            }
            throw e;
        } catch (TimeoutException e) {
            throw new AssertionError("no answer within " + ANY.toSeconds() + " s", e);
        }
    }

    /** The result within one scaled {@link #STEP}, for step-by-step inventory scenarios; failures unchecked. */
    public static <T> T done(Agent agent, CompletableFuture<T> f) {
        try {
            return f.get(step(agent).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable c = cause(e);
            throw c instanceof RuntimeException re ? re : new IllegalStateException(c);
        } catch (TimeoutException e) {
            throw new AssertionError(agent.role() + ": a step took longer than " + step(agent).toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Throwable cause(ExecutionException e) {
        Throwable c = e.getCause();
        while (c instanceof CompletionException && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }
}
