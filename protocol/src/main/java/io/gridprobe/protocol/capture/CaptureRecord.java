package io.gridprobe.protocol.capture;

import java.util.HexFormat;

/**
 * One line of a capture file: a UDP datagram or an HTTP message between a client and a grid, as recorded in
 * {@code ../shared/captures/*.jsonl}. HTTP fields are null for datagrams and the other way round.
 */
public record CaptureRecord(
        String file,
        int line,
        double time,
        String kind,
        String direction,
        String client,
        String server,
        String hex,
        Integer status,
        String method,
        String uri,
        String contentType,
        String body) {

    public boolean isUdp() {
        return "udp".equals(kind);
    }

    public boolean isHttp() {
        return "http".equals(kind);
    }

    /** Client to server (viewer to grid). */
    public boolean fromClient() {
        return "c2s".equals(direction);
    }

    /** The datagram's bytes (UDP records only). */
    public byte[] payload() {
        return hex == null ? null : HexFormat.of().parseHex(hex);
    }

    /** {@code file:line} for messages that point at the record. */
    public String where() {
        return file + ":" + line;
    }
}
