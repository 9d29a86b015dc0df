package io.gridprobe.protocol.login;

import java.net.URI;

/**
 * The grid answered and said no: {@code login = false} with a reason such as {@code key} (wrong password),
 * {@code presence} (still logged in; retried automatically, so seen here only when retries ran out), {@code update},
 * {@code tos}, {@code mfa_challenge}, {@code indeterminate}, or {@code xmlrpc-fault} for an XML-RPC fault.
 */
public class LoginRefusedException extends LoginException {
    private final transient LoginFailure failure;
    private final int attempts;

    public LoginRefusedException(URI loginUri, LoginFailure failure, int attempts) {
        super(loginUri, "login to " + loginUri + " refused: reason '" + failure.reason() + "'"
                + (failure.message().isBlank() ? "" : ": " + failure.message().strip())
                + (attempts > 1 ? " (after " + attempts + " attempts)" : ""), null);
        this.failure = failure;
        this.attempts = attempts;
    }

    /** The grid's reason code, e.g. "key" or "presence". */
    public String reason() {
        return failure.reason();
    }

    /** The grid's text for people. */
    public String gridMessage() {
        return failure.message();
    }

    public LoginFailure failure() {
        return failure;
    }

    /** Requests made, retries included. */
    public int attempts() {
        return attempts;
    }
}
