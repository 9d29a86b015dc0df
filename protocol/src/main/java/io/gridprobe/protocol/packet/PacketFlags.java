package io.gridprobe.protocol.packet;

/** The bits of a packet's first byte. */
public final class PacketFlags {
    /** Everything after the header (message number included, appended acks excluded) is zerocoded. */
    public static final int ZEROCODED = 0x80;
    /** The receiver must acknowledge the sequence number. */
    public static final int RELIABLE = 0x40;
    /** A repeat of a reliable packet whose ack did not arrive in time. */
    public static final int RESENT = 0x20;
    /** Acknowledgements are appended after the message: N big-endian U32s, then a byte N. */
    public static final int ACKS = 0x10;

    private PacketFlags() {
    }

    /** Short text like {@code Z R r A} for traces; '-' for an unset bit. */
    public static String describe(int flags) {
        return ((flags & ZEROCODED) != 0 ? "Z" : "-")
                + ((flags & RELIABLE) != 0 ? "R" : "-")
                + ((flags & RESENT) != 0 ? "r" : "-")
                + ((flags & ACKS) != 0 ? "A" : "-");
    }
}
