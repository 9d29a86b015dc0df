package io.gridprobe.protocol.llsd;

import io.gridprobe.protocol.ProtocolException;

/** Input is not a well-formed LLSD document (any serialisation) or breaks a {@link ParseLimits} cap. */
public class LlsdParseException extends ProtocolException {
    public LlsdParseException(String message) {
        super(message);
    }

    public LlsdParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
