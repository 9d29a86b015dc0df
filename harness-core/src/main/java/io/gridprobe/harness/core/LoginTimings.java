package io.gridprobe.harness.core;

import io.gridprobe.protocol.login.LoginResult;
import io.gridprobe.protocol.region.JoinTimings;
import java.time.Duration;

/** How long each step of a login took: the XML-RPC login, then the join of the start region, and the total. */
public record LoginTimings(LoginResult login, JoinTimings join, Duration total) {
    public Duration loginHttp() {
        return login.httpDuration();
    }

    public int presenceRetries() {
        return login.presenceRetries();
    }

    @Override
    public String toString() {
        return "login-to-ready " + (total == null ? "?" : total.toMillis() + " ms") + " (login HTTP "
                + login.httpDuration().toMillis() + " ms" + (login.presenceRetries() > 0 ? " after "
                + login.presenceRetries() + " presence retries" : "") + "; " + join + ")";
    }
}
