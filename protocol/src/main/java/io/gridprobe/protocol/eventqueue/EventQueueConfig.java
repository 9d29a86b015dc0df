package io.gridprobe.protocol.eventqueue;

import java.time.Duration;
import java.util.Objects;

/**
 * Timing of an event-queue long poll. Defaults suit real grids; tests shorten them.
 *
 * @param readTimeout            how long one poll may stay open; over the 58 s a quiet OpenSim holds it
 * @param backoffInitial         wait after the first failed poll (error status, no answer, garbled body)
 * @param backoffMax             ceiling of the doubling wait
 * @param maxConsecutiveFailures failed polls in a row after which the queue is given up
 * @param quick502               a 502 ("no events") that comes back faster than this counts as an instant one
 * @param quick502Limit          instant 502s in a row that are re-polled at once; after that each waits
 *                               {@code quick502Delay}, so a grid answering 502 instantly cannot spin a CPU
 * @param quick502Delay          wait before re-polling after too many instant 502s
 * @param stopTimeout            how long {@code stop()} waits for the grid to take the final {@code done: true}
 */
public record EventQueueConfig(Duration readTimeout, Duration backoffInitial, Duration backoffMax,
                               int maxConsecutiveFailures, Duration quick502, int quick502Limit,
                               Duration quick502Delay, Duration stopTimeout) {
    public EventQueueConfig {
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(backoffInitial, "backoffInitial");
        Objects.requireNonNull(backoffMax, "backoffMax");
        Objects.requireNonNull(quick502, "quick502");
        Objects.requireNonNull(quick502Delay, "quick502Delay");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        if (maxConsecutiveFailures < 1) {
            throw new IllegalArgumentException("maxConsecutiveFailures must be >= 1: " + maxConsecutiveFailures);
        }
        if (quick502Limit < 0) {
            throw new IllegalArgumentException("quick502Limit must be >= 0: " + quick502Limit);
        }
    }

    /** 90 s polls; 250 ms doubling to 5 s after errors, give up after 10 in a row; 5 instant 502s, then 1 s apart. */
    public static EventQueueConfig defaults() {
        return new EventQueueConfig(Duration.ofSeconds(90), Duration.ofMillis(250), Duration.ofSeconds(5), 10,
                Duration.ofSeconds(1), 5, Duration.ofSeconds(1), Duration.ofSeconds(5));
    }

    public EventQueueConfig withReadTimeout(Duration d) {
        return new EventQueueConfig(d, backoffInitial, backoffMax, maxConsecutiveFailures, quick502, quick502Limit,
                quick502Delay, stopTimeout);
    }

    public EventQueueConfig withBackoff(Duration initial, Duration max, int maxFailures) {
        return new EventQueueConfig(readTimeout, initial, max, maxFailures, quick502, quick502Limit, quick502Delay,
                stopTimeout);
    }

    public EventQueueConfig withQuick502(Duration quick, int limit, Duration delay) {
        return new EventQueueConfig(readTimeout, backoffInitial, backoffMax, maxConsecutiveFailures, quick, limit, delay,
                stopTimeout);
    }

    public EventQueueConfig withStopTimeout(Duration d) {
        return new EventQueueConfig(readTimeout, backoffInitial, backoffMax, maxConsecutiveFailures, quick502,
                quick502Limit, quick502Delay, d);
    }

    /** Wait after {@code failures} failed polls in a row: initial, doubled each time, capped. */
    Duration backoff(int failures) {
        long ms = backoffInitial.toMillis() << Math.min(Math.max(failures - 1, 0), 20);
        return Duration.ofMillis(Math.min(ms, backoffMax.toMillis()));
    }
}
