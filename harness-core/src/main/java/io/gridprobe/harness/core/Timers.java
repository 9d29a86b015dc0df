package io.gridprobe.harness.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The run's clock for agents: movement ticks, teleport and lookup deadlines, retries after a pause. They get a thread
 * of their own because the HTTP pool that used to run them also parses event-queue bodies and runs continuations,
 * and under load a tick or a deadline queued behind that work fired late. Tasks run here must be short and never
 * block: send a message, complete or fail a future.
 */
public final class Timers implements AutoCloseable {
    private final ExecutorService thread;

    Timers(String name) {
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** An executor that runs each task once {@code delay} has passed, on the timer thread. */
    public Executor after(Duration delay) {
        return CompletableFuture.delayedExecutor(Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS, thread);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
