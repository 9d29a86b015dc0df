package io.gridprobe.protocol.packet;

import java.util.Arrays;

/**
 * One datagram: header (flags, sequence number, extra header), a message, and the acks appended to it.
 * Immutable; the {@code with...} methods return changed copies.
 */
public final class Packet {
    private static final byte[] NO_BYTES = new byte[0];
    private static final int[] NO_ACKS = new int[0];

    private final int flags;
    private final int sequence;
    private final byte[] extraHeader;
    private final Message message;
    private final int[] acks;

    public Packet(int flags, int sequence, byte[] extraHeader, Message message, int[] acks) {
        this.flags = flags & 0xFF;
        this.sequence = sequence;
        this.extraHeader = extraHeader == null ? NO_BYTES : extraHeader;
        this.message = message;
        this.acks = acks == null ? NO_ACKS : acks;
        if (this.extraHeader.length > 255) {
            throw new IllegalArgumentException("extra header holds at most 255 bytes");
        }
        if (this.acks.length > 255) {
            throw new IllegalArgumentException("at most 255 acks can be appended");
        }
    }

    /** An unreliable, unencoded packet with sequence 0 carrying the message. */
    public static Packet of(Message message) {
        return new Packet(0, 0, NO_BYTES, message, NO_ACKS);
    }

    public int flags() {
        return flags;
    }

    /** Sequence number (an unsigned 32-bit value; compare with Integer.compareUnsigned). */
    public int sequence() {
        return sequence;
    }

    public byte[] extraHeader() {
        return extraHeader.length == 0 ? NO_BYTES : extraHeader.clone();
    }

    public Message message() {
        return message;
    }

    public int[] acks() {
        return acks.length == 0 ? NO_ACKS : acks.clone();
    }

    public int ackCount() {
        return acks.length;
    }

    public int ack(int i) {
        return acks[i];
    }

    int[] acksUnsafe() {
        return acks;
    }

    byte[] extraHeaderUnsafe() {
        return extraHeader;
    }

    public boolean reliable() {
        return (flags & PacketFlags.RELIABLE) != 0;
    }

    public boolean resent() {
        return (flags & PacketFlags.RESENT) != 0;
    }

    public boolean zerocoded() {
        return (flags & PacketFlags.ZEROCODED) != 0;
    }

    public boolean hasAcks() {
        return (flags & PacketFlags.ACKS) != 0;
    }

    /** Expands and lays out the message now, so that a malformed body fails here rather than at a later read. */
    public Packet validate() {
        message.validate();
        return this;
    }

    public Packet withSequence(int seq) {
        return new Packet(flags, seq, extraHeader, message, acks);
    }

    public Packet withFlags(int newFlags) {
        return new Packet(newFlags, sequence, extraHeader, message, acks);
    }

    private Packet withFlag(int flag, boolean on) {
        return withFlags(on ? flags | flag : flags & ~flag);
    }

    public Packet withReliable(boolean on) {
        return withFlag(PacketFlags.RELIABLE, on);
    }

    public Packet withResent(boolean on) {
        return withFlag(PacketFlags.RESENT, on);
    }

    public Packet withZerocoded(boolean on) {
        return withFlag(PacketFlags.ZEROCODED, on);
    }

    /** Appends these acks (the ACKS flag follows: set when there are any, cleared when none). */
    public Packet withAcks(int[] newAcks) {
        int f = newAcks.length > 0 ? flags | PacketFlags.ACKS : flags & ~PacketFlags.ACKS;
        return new Packet(f, sequence, extraHeader, message, newAcks.clone());
    }

    @Override
    public String toString() {
        return "#" + Integer.toUnsignedString(sequence) + " " + PacketFlags.describe(flags) + " " + message.name()
                + (acks.length > 0 ? " acks=" + Arrays.toString(acks) : "");
    }
}
