package io.gridprobe.load.report;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls {@link LoadRecorder#tick()} at each whole wall-clock second, so that the points of shards on different
 * machines cover the same seconds. Close it to stop; it ticks once more on closing.
 */
public final class LoadTicker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LoadTicker.class);

    private final LoadRecorder recorder;
    private final ClockThread clock = new ClockThread("gridprobe-load-tick");

    LoadTicker(LoadRecorder recorder, Clock clock) {
        this.recorder = recorder;
        long toNextSecond = 1000 - Math.floorMod(clock.millis(), 1000L);
        this.clock.atFixedRate(this::tickQuietly, toNextSecond, 1000);
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
        if (!clock.stopNow(Duration.ofSeconds(5))) {
            LOG.warn("the load ticker did not stop within 5 s");
        }
        recorder.tick();
    }
}
