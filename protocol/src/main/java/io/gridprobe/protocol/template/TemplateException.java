package io.gridprobe.protocol.template;

import io.gridprobe.protocol.ProtocolException;

/** A template file that cannot be read: says where (source and line) and what is wrong. */
public class TemplateException extends ProtocolException {
    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
