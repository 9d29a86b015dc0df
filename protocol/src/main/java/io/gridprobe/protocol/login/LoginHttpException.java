package io.gridprobe.protocol.login;

import java.net.URI;

/** The login server answered with an HTTP status other than 200. */
public class LoginHttpException extends LoginException {
    private final int status;

    public LoginHttpException(URI loginUri, int status, String detail) {
        super(loginUri, "login to " + loginUri + " failed: HTTP " + status + (detail.isEmpty() ? "" : " " + detail), null);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
