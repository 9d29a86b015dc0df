package io.gridprobe.load.report;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One named daemon thread that runs a task at a fixed rate and, once stopped, is over: the thread itself has ended,
 * not only its pool. (A pool counts as terminated once its worker leaves its loop, a moment before the thread dies;
 * a caller that then looks for the thread can still find it.)
 */
public final class ClockThread implements AutoCloseable {
    private final ScheduledExecutorService executor;
    private volatile Thread thread;

    public ClockThread(String name) {
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            thread = t;
            return t;
        });
    }

    /** Runs {@code task} every {@code periodMillis}, the first time after {@code initialMillis}. */
    public void atFixedRate(Runnable task, long initialMillis, long periodMillis) {
        executor.scheduleAtFixedRate(task, initialMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Starts no more runs, lets one under way finish, and waits (each wait at most {@code bound}) for the thread. */
    public void stop(Duration bound) throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(bound.toMillis(), TimeUnit.MILLISECONDS);
        join(bound);
    }

    /**
     * Interrupts a run under way and waits (each wait at most {@code bound}) for the thread to end; false when it did
     * not end in time, or this thread was interrupted while waiting (its interrupt flag is then set again).
     */
    public boolean stopNow(Duration bound) {
        executor.shutdownNow();
        try {
            return executor.awaitTermination(bound.toMillis(), TimeUnit.MILLISECONDS) && join(bound);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean join(Duration bound) throws InterruptedException {
        Thread t = thread;
        if (t == null) {
            return true;
        }
        t.join(bound.toMillis());
        return !t.isAlive();
    }

    /** {@link #stopNow} with 5 s bounds. */
    @Override
    public void close() {
        stopNow(Duration.ofSeconds(5));
    }
}
