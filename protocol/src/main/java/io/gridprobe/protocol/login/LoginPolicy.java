package io.gridprobe.protocol.login;

import java.time.Duration;
import java.util.Objects;

/**
 * How a login is carried out.
 *
 * @param timeout           how long one login request may take (connect, send, answer)
 * @param presenceRetries   how often a {@code presence} refusal is retried: the grid kicks the old session on the
 *                          first attempt, and a retry a few seconds later succeeds
 * @param presenceRetryDelay wait before each such retry (about 3 s on real grids)
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

    /** 30 s per request, 3 presence retries 3 s apart. */
    public static LoginPolicy defaults() {
        return new LoginPolicy(Duration.ofSeconds(30), 3, Duration.ofSeconds(3));
    }

    public LoginPolicy withTimeout(Duration d) {
        return new LoginPolicy(d, presenceRetries, presenceRetryDelay);
    }

    public LoginPolicy withPresenceRetries(int retries, Duration delay) {
        return new LoginPolicy(timeout, retries, delay);
    }
}
