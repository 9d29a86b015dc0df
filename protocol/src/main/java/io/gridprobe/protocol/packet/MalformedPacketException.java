package io.gridprobe.protocol.packet;

import io.gridprobe.protocol.ProtocolException;

/**
 * A datagram that cannot be decoded: truncated, garbled, or of an unknown message. It is the only exception the
 * decoder lets escape, and it says where (byte offset) and in which message the problem lies.
 */
public class MalformedPacketException extends ProtocolException {
    private final int offset;
    private final String messageName;

    public MalformedPacketException(String problem, int offset, String messageName) {
        super(describe(problem, offset, messageName));
        this.offset = offset;
        this.messageName = messageName;
    }

    private static String describe(String problem, int offset, String messageName) {
        return "malformed packet" + (messageName == null ? "" : " " + messageName) + " at offset " + offset + ": " + problem;
    }

    /** Byte offset at which decoding failed (into the zero-expanded body when the packet was zerocoded). */
    public int offset() {
        return offset;
    }

    /** The message being decoded, or null when the failure came before the message number was known. */
    public String messageName() {
        return messageName;
    }
}
