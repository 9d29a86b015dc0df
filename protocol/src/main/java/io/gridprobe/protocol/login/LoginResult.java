package io.gridprobe.protocol.login;

import java.time.Duration;
import java.util.Objects;

/**
 * A successful login with how it went.
 *
 * @param httpDuration     the successful request's HTTP round trip (request sent to response read)
 * @param totalDuration    from the first request to success, presence retries and their waits included
 * @param presenceRetries  how many {@code presence} refusals were retried before success
 */
public record LoginResult(LoginSuccess success, Duration httpDuration, Duration totalDuration, int presenceRetries) {
    public LoginResult {
        Objects.requireNonNull(success, "success");
    }

    @Override
    public String toString() {
        return "LoginResult[" + success + ", http=" + httpDuration.toMillis() + " ms, total="
                + totalDuration.toMillis() + " ms, presenceRetries=" + presenceRetries + "]";
    }
}
