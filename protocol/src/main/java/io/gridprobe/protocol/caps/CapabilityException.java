package io.gridprobe.protocol.caps;

import io.gridprobe.protocol.ProtocolException;

/**
 * A capability request failed: an HTTP error status, no answer, or a body that is not what the cap must return.
 * Messages show the cap's name and host but never its whole URL, which is a bearer token.
 */
public class CapabilityException extends ProtocolException {
    /** {@link #status()} when no HTTP status was received. */
    public static final int NO_STATUS = -1;

    private final String capName;
    private final int status;

    public CapabilityException(String capName, int status, String message, Throwable cause) {
        super(message, cause);
        this.capName = capName;
        this.status = status;
    }

    /** The capability's name (e.g. "EventQueueGet"), or "seed"; may be a generic label when only a URL was known. */
    public String capName() {
        return capName;
    }

    /** The HTTP status, or {@link #NO_STATUS}. */
    public int status() {
        return status;
    }
}
