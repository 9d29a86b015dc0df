package io.gridprobe.protocol.login;

import java.net.URI;

/** Nothing answered at the login URI: connection refused, unknown host, no route, or the connect timed out. */
public class GridUnreachableException extends LoginException {
    public GridUnreachableException(URI loginUri, String detail, Throwable cause) {
        super(loginUri, "grid unreachable: cannot connect to login URI " + loginUri + " (" + detail + ")", cause);
    }
}
