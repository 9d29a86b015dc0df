package io.gridprobe.protocol.login;

import io.gridprobe.protocol.ProtocolException;

/** A login request or response that is well-formed XML-RPC but lacks or garbles a field login needs. */
public class LoginFormatException extends ProtocolException {
    public LoginFormatException(String message) {
        super(message);
    }

    public LoginFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
