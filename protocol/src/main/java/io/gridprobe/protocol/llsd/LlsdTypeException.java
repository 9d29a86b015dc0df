package io.gridprobe.protocol.llsd;

import io.gridprobe.protocol.ProtocolException;

/** A decoded LLSD value does not have the type (or binary length) the caller expected. */
public class LlsdTypeException extends ProtocolException {
    public LlsdTypeException(String message) {
        super(message);
    }
}
