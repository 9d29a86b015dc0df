package io.gridprobe.protocol.login;

import java.net.URI;

/**
 * The login server took the connection but the exchange broke before a whole answer arrived (reset, closed early,
 * not HTTP), or the HTTP transport was closed meanwhile.
 */
public class LoginConnectionException extends LoginException {
    public LoginConnectionException(URI loginUri, String detail, Throwable cause) {
        super(loginUri, "login to " + loginUri + " broke off: " + detail, cause);
    }
}
