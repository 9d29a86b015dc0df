package io.gridprobe.protocol.login;

import java.net.URI;

/** The login server answered 200 but not with a usable login response: not XML-RPC, or a success lacking members. */
public class MalformedLoginResponseException extends LoginException {
    public MalformedLoginResponseException(URI loginUri, String detail, Throwable cause) {
        super(loginUri, "malformed login response from " + loginUri + ": " + detail, cause);
    }
}
