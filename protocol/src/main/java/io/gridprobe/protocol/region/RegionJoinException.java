package io.gridprobe.protocol.region;

import io.gridprobe.protocol.ProtocolException;
import java.util.List;

/**
 * A region join failed at some stage. The message says what was awaited and what arrived from the region instead,
 * e.g. {@code no AgentMovementComplete from 127.0.0.1:9000 within 5000 ms; received: PacketAck, RegionHandshake}.
 */
public class RegionJoinException extends ProtocolException {
    /** Where the join stopped. */
    public enum Stage { CIRCUIT, MOVEMENT, CAPS, EVENT_QUEUE }

    private final Stage stage;
    private final transient List<String> received;

    public RegionJoinException(Stage stage, String message, List<String> received, Throwable cause) {
        super(message, cause);
        this.stage = stage;
        this.received = List.copyOf(received);
    }

    public Stage stage() {
        return stage;
    }

    /** Names of the messages the region sent during the join, in order of arrival (repeats folded). */
    public List<String> received() {
        return received;
    }
}
