package io.gridprobe.load.report;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls {@link LoadRecorder#tick()} at each whole wall-clock second, so that the points of shards on different
 * machines cover the same seconds. Close it to stop; it ticks once more on closing.
 */
public final class LoadTicker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LoadTicker.class);

    private final LoadRecorder recorder;
    private final ScheduledExecutorService scheduler;
    private volatile Thread thread;

    LoadTicker(LoadRecorder recorder, Clock clock) {
        this.recorder = recorder;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gridprobe-load-tick");
            t.setDaemon(true);
            thread = t;
            return t;
        });
        long toNextSecond = 1000 - Math.floorMod(clock.millis(), 1000L);
        scheduler.scheduleAtFixedRate(this::tickQuietly, toNextSecond, 1000, TimeUnit.MILLISECONDS);
    }

    // an exception escaping a fixed-rate task would cancel every later tick without a word
    private void tickQuietly() {
        try {
            recorder.tick();
        } catch (RuntimeException e) {
            LOG.warn("load recorder tick failed: {}", e.toString(), e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            if (!scheduler.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("the load ticker did not stop within 5 s");
            }
            // the pool is terminated once its worker leaves its loop, a moment before the thread itself has ended
            Thread t = thread;
            if (t != null) {
                t.join(5000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        recorder.tick();
    }
}
