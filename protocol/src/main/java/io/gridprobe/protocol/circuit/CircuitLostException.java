package io.gridprobe.protocol.circuit;

import io.gridprobe.protocol.ProtocolException;

/** The circuit to a region is gone: the peer went silent, never acked a reliable packet, or the circuit was closed. */
public class CircuitLostException extends ProtocolException {
    public CircuitLostException(String message) {
        super(message);
    }
}
