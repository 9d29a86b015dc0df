package io.gridprobe.protocol;

/** Base of every typed error raised while reading or writing grid protocol data. */
public class ProtocolException extends RuntimeException {
    public ProtocolException(String message) {
        super(message);
    }

    public ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
