package io.gridprobe.protocol.login;

import io.gridprobe.protocol.ProtocolException;
import java.net.URI;

/**
 * A login that did not succeed, for any reason; the subclasses say which. Messages name the login URI (not a secret)
 * and never carry the password or any session id.
 */
public abstract class LoginException extends ProtocolException {
    private final transient URI loginUri;

    protected LoginException(URI loginUri, String message, Throwable cause) {
        super(message, cause);
        this.loginUri = loginUri;
    }

    public URI loginUri() {
        return loginUri;
    }
}
