package io.gridprobe.protocol.packet;

import io.gridprobe.protocol.template.MessageDef;
import io.gridprobe.protocol.template.MessageTemplate;
import java.util.Arrays;

/**
 * Datagram bytes to {@link Packet} and back. Decoding reads the header, the appended acks and the message number;
 * the body stays lazy (see {@link Message}). The only exception decoding lets escape is
 * {@link MalformedPacketException}.
 */
public final class PacketCodec {
    /** Largest datagram a sender should produce. */
    public static final int MTU = 1200;
    /** 1 flags byte, 4 sequence bytes, 1 extra-header length byte. */
    public static final int HEADER_LENGTH = 6;

    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[2 * ZeroCoding.MAX_EXPANDED + 1300]);

    private final MessageTemplate template;

    public PacketCodec(MessageTemplate template) {
        this.template = template;
    }

    public MessageTemplate template() {
        return template;
    }

    public Packet decode(byte[] datagram) {
        return decode(datagram, 0, datagram.length);
    }

    /**
     * Decodes a datagram. The packet keeps a reference to {@code data}, which must therefore not be reused.
     */
    public Packet decode(byte[] data, int off, int len) {
        if (len < HEADER_LENGTH) {
            throw new MalformedPacketException("datagram of " + len + " bytes is shorter than the 6-byte header", 0, null);
        }
        int flags = data[off] & 0xFF;
        int sequence = ((data[off + 1] & 0xFF) << 24) | ((data[off + 2] & 0xFF) << 16) | ((data[off + 3] & 0xFF) << 8)
                | (data[off + 4] & 0xFF);
        int extra = data[off + 5] & 0xFF;
        int bodyStart = off + HEADER_LENGTH + extra;
        int end = off + len;
        if (bodyStart > end) {
            throw new MalformedPacketException("extra header of " + extra + " bytes runs past the datagram", 5, null);
        }
        int[] acks = null;
        if ((flags & PacketFlags.ACKS) != 0) {
            if (end <= bodyStart) {
                throw new MalformedPacketException("ack count missing", len - 1, null);
            }
            int n = data[end - 1] & 0xFF;
            int ackStart = end - 1 - 4 * n;
            if (ackStart < bodyStart) {
                throw new MalformedPacketException(n + " appended acks do not fit in the datagram", len - 1, null);
            }
            acks = new int[n];
            for (int i = 0; i < n; i++) {
                int p = ackStart + 4 * i;
                acks[i] = ((data[p] & 0xFF) << 24) | ((data[p + 1] & 0xFF) << 16) | ((data[p + 2] & 0xFF) << 8)
                        | (data[p + 3] & 0xFF);
            }
            end = ackStart;
        }
        boolean zerocoded = (flags & PacketFlags.ZEROCODED) != 0;
        MessageDef def = readNumber(data, bodyStart, end - bodyStart, zerocoded, bodyStart - off);
        byte[] extraHeader = extra == 0 ? null : Arrays.copyOfRange(data, off + HEADER_LENGTH, bodyStart);
        return new Packet(flags, sequence, extraHeader, new Message(def, data, bodyStart, end - bodyStart, zerocoded), acks);
    }

    private MessageDef readNumber(byte[] data, int start, int len, boolean zerocoded, int offsetForErrors) {
        byte[] num;
        int have;
        int base;
        if (zerocoded) {
            num = new byte[4];
            have = ZeroCoding.expandPrefix(data, start, len, num, 4);
            base = 0;
        } else {
            num = data;
            have = Math.min(len, 4);
            base = start;
        }
        if (have < 1) {
            throw new MalformedPacketException("no message number", offsetForErrors, null);
        }
        int b0 = num[base] & 0xFF;
        int wireId;
        String described;
        if (b0 != 0xFF) {
            wireId = b0;
            described = "High " + b0;
        } else {
            if (have < 2) {
                throw new MalformedPacketException("message number cut short", offsetForErrors, null);
            }
            int b1 = num[base + 1] & 0xFF;
            if (b1 != 0xFF) {
                wireId = 0xFF00 | b1;
                described = "Medium " + b1;
            } else {
                if (have < 4) {
                    throw new MalformedPacketException("message number cut short", offsetForErrors, null);
                }
                int low = ((num[base + 2] & 0xFF) << 8) | (num[base + 3] & 0xFF);
                wireId = 0xFFFF0000 | low;
                described = "Low " + low;
            }
        }
        MessageDef def = template.byWireId(wireId);
        if (def == null) {
            throw new MalformedPacketException("unknown message number " + described + " (not in " + template.source() + ")",
                    offsetForErrors, null);
        }
        return def;
    }

    /** Encodes the packet exactly as flagged: zerocoded when its ZEROCODED flag is set, even if that grows it. */
    public byte[] encode(Packet packet) {
        return encode(packet, false);
    }

    /**
     * Encodes for sending: a message the template marks Zerocoded is zerocoded only when that makes it smaller, and
     * the flag byte says what was done.
     */
    public byte[] encodeForSend(Packet packet) {
        return encode(packet, true);
    }

    private byte[] encode(Packet packet, boolean auto) {
        Message m = packet.message();
        boolean wantZero = auto ? m.def().zerocoded() : (packet.flags() & PacketFlags.ZEROCODED) != 0;
        if (wantZero == m.sourceZerocoded() && !(auto && wantZero)) {
            return encodeVerbatim(packet, m);
        }
        byte[] src;
        int from;
        int len;
        if (m.missingBlockCounts() == 0) {
            src = m.bytes();
            from = m.expandedStart();
            len = m.expandedEnd() - from;
        } else {
            src = new byte[m.writtenLength()];
            len = m.writeExpanded(src, 0);
            from = 0;
        }
        int flags = packet.flags();
        byte[] extra = packet.extraHeaderUnsafe();
        int[] acks = packet.acksUnsafe();
        boolean withAcks = (flags & PacketFlags.ACKS) != 0;
        int header = HEADER_LENGTH + extra.length;
        int ackLength = withAcks ? 4 * acks.length + 1 : 0;
        boolean zero = wantZero;
        byte[] out = null;
        int bodyLength = len;
        if (zero) {
            byte[] buf = scratch(header + 2 * len + ackLength);
            bodyLength = ZeroCoding.encode(src, from, len, buf, header);
            if (auto && bodyLength >= len) {
                zero = false; // zerocoding would not shrink it: send it plain, as the reference viewer does
                bodyLength = len;
            } else {
                out = Arrays.copyOf(buf, header + bodyLength + ackLength);
            }
        }
        if (!zero) {
            out = new byte[header + len + ackLength];
            System.arraycopy(src, from, out, header, len);
        }
        if (auto) {
            flags = zero ? flags | PacketFlags.ZEROCODED : flags & ~PacketFlags.ZEROCODED;
        }
        writeHeader(out, flags, packet.sequence(), extra);
        if (withAcks) {
            writeAcks(out, header + bodyLength, acks);
        }
        return out;
    }

    /**
     * The message in the encoding it already has: its bytes are copied as they are (a received packet re-encodes
     * to exactly what arrived, and a message nobody read is never decoded).
     */
    private static byte[] encodeVerbatim(Packet packet, Message m) {
        byte[] extra = packet.extraHeaderUnsafe();
        int[] acks = packet.acksUnsafe();
        int flags = packet.flags();
        boolean withAcks = (flags & PacketFlags.ACKS) != 0;
        int header = HEADER_LENGTH + extra.length;
        byte[] out = new byte[header + m.sourceLength() + (withAcks ? 4 * acks.length + 1 : 0)];
        int o = header + m.copySource(out, header);
        writeHeader(out, flags, packet.sequence(), extra);
        if (withAcks) {
            writeAcks(out, o, acks);
        }
        return out;
    }

    private static void writeHeader(byte[] out, int flags, int seq, byte[] extra) {
        out[0] = (byte) flags;
        out[1] = (byte) (seq >>> 24);
        out[2] = (byte) (seq >>> 16);
        out[3] = (byte) (seq >>> 8);
        out[4] = (byte) seq;
        out[5] = (byte) extra.length;
        System.arraycopy(extra, 0, out, HEADER_LENGTH, extra.length);
    }

    private static void writeAcks(byte[] out, int o, int[] acks) {
        for (int a : acks) {
            out[o++] = (byte) (a >>> 24);
            out[o++] = (byte) (a >>> 16);
            out[o++] = (byte) (a >>> 8);
            out[o++] = (byte) a;
        }
        out[o] = (byte) acks.length;
    }

    private static byte[] scratch(int size) {
        byte[] b = SCRATCH.get();
        if (b.length < size) {
            b = new byte[size];
            SCRATCH.set(b);
        }
        return b;
    }
}
