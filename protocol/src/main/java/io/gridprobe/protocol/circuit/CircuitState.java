package io.gridprobe.protocol.circuit;

/** Life of a circuit: open until it is closed by us, by the peer, or declared lost. */
public enum CircuitState {
    OPEN,
    /** Closed on purpose (logout, DisableSimulator, CloseCircuit). */
    CLOSED,
    /** The peer stopped answering: silence or unacked reliable packets. */
    LOST
}
