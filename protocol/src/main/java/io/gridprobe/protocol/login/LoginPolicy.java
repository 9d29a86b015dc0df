package io.gridprobe.protocol.login;

import java.time.Duration;
import java.util.Objects;

/**
 * How a login is carried out.
 *
 * @param timeout           how long one login request may take (connect, send, answer)
 * @param presenceRetries   how often a {@code presence} refusal is retried: the grid kicks the old session on the
 *                          first attempt, and a later attempt succeeds
 * @param presenceRetryDelay wait before the first such retry, doubled before each further one: OpenSimulator drops
 *                          the old presence as it refuses, so the first retry mostly gets in, and a grid that takes
 *                          longer (a few seconds on some) is still covered by the later ones
 */
public record LoginPolicy(Duration timeout, int presenceRetries, Duration presenceRetryDelay) {
    public LoginPolicy {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(presenceRetryDelay, "presenceRetryDelay");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("login timeout must be positive: " + timeout);
        }
        if (presenceRetries < 0) {
            throw new IllegalArgumentException("presenceRetries must be >= 0: " + presenceRetries);
        }
        if (presenceRetryDelay.isNegative()) {
            throw new IllegalArgumentException("presenceRetryDelay must not be negative: " + presenceRetryDelay);
        }
    }

    /** 30 s per request; 4 presence retries after 0.5, 1, 2 and 4 s (7.5 s in all). */
    public static LoginPolicy defaults() {
        return new LoginPolicy(Duration.ofSeconds(30), 4, Duration.ofMillis(500));
    }

    /** The wait before presence retry {@code retry} (1 for the first). */
    public Duration presenceRetryDelay(int retry) {
        return presenceRetryDelay.multipliedBy(1L << Math.min(Math.max(retry - 1, 0), 16));
    }

    public LoginPolicy withTimeout(Duration d) {
        return new LoginPolicy(d, presenceRetries, presenceRetryDelay);
    }

    public LoginPolicy withPresenceRetries(int retries, Duration delay) {
        return new LoginPolicy(timeout, retries, delay);
    }
}
