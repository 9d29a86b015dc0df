package io.gridprobe.protocol;

/** Root of the typed errors the wire layer raises for bad input or a misbehaving peer. */
public class ProtocolException extends RuntimeException {
    public ProtocolException(String message) {
        super(message);
    }

    public ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
