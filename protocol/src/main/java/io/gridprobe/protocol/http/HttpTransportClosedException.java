package io.gridprobe.protocol.http;

import io.gridprobe.protocol.ProtocolException;

/** The shared HTTP transport was closed while a request was waiting, or before it was sent. */
public class HttpTransportClosedException extends ProtocolException {
    public HttpTransportClosedException(String transportName) {
        super("HTTP transport " + transportName + " is closed");
    }
}
