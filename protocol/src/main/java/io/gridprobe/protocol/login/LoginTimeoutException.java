package io.gridprobe.protocol.login;

import java.net.URI;
import java.time.Duration;

/** The login server accepted the connection but did not answer within the policy's timeout. */
public class LoginTimeoutException extends LoginException {
    private final transient Duration timeout;

    public LoginTimeoutException(URI loginUri, Duration timeout, Throwable cause) {
        super(loginUri, "no answer from login URI " + loginUri + " within " + timeout.toMillis() + " ms", cause);
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }
}
