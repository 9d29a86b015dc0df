package io.gridprobe.protocol.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a pcapng file block by block: section headers (each sets the byte order up to the next), interface
 * descriptions (link type, timestamp resolution and offset), and enhanced, simple and obsolete packet blocks, whose
 * frames go to {@link UdpFrames}. Other blocks (name resolution, statistics, custom) are skipped.
 */
final class PcapngBlocks {
    static final int SECTION_HEADER = 0x0A0D0D0A;
    private static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;

    private final String name;
    private final UdpFrames frames;

    PcapngBlocks(String name, UdpFrames frames) {
        this.name = name;
        this.frames = frames;
    }

    /** Link type and timestamp unit of one interface of the current section. */
    private record Interface(int linkType, long unitsPerSecondOrZero, int binaryExponent, long offsetSeconds) {
        long nanos(long ts) {
            long ns;
            if (unitsPerSecondOrZero > 0) {
                long ups = unitsPerSecondOrZero;
                if (ups == 1_000_000_000L) {
                    ns = ts;
                } else if (ups < 1_000_000_000L && 1_000_000_000L % ups == 0) {
                    ns = ts * (1_000_000_000L / ups);
                } else {
                    ns = (long) (ts / (double) ups * 1e9);
                }
            } else {
                ns = (long) (Math.scalb((double) ts, -binaryExponent) * 1e9);
            }
            return ns + offsetSeconds * 1_000_000_000L;
        }
    }

    void read(ByteBuffer buf) throws IOException {
        List<Interface> interfaces = new ArrayList<>();
        long lastNanos = 0;
        int pos = 0;
        int limit = buf.limit();
        while (pos < limit) {
            if (pos + 12 > limit) {
                throw new IOException(name + ": pcapng block header cut short at byte " + pos);
            }
            int type = buf.getInt(pos);
            if (type == SECTION_HEADER) {
                // A new section: its byte-order magic sets the byte order of everything up to the next section.
                int bom = buf.order(ByteOrder.BIG_ENDIAN).getInt(pos + 8);
                if (bom == BYTE_ORDER_MAGIC) {
                    buf.order(ByteOrder.BIG_ENDIAN);
                } else if (Integer.reverseBytes(bom) == BYTE_ORDER_MAGIC) {
                    buf.order(ByteOrder.LITTLE_ENDIAN);
                } else {
                    throw new IOException(name + ": pcapng section header at byte " + pos + " has a bad byte-order magic");
                }
                interfaces.clear();
            }
            int total = buf.getInt(pos + 4);
            if (total < 12 || (total & 3) != 0 || pos + total > limit) {
                throw new IOException(name + ": pcapng block at byte " + pos + " has a bad length " + total);
            }
            int body = pos + 8;
            int bodyEnd = pos + total - 4;
            switch (type) {
                case 1 -> interfaces.add(readInterface(buf, body, bodyEnd));
                case 6 -> { // enhanced packet block
                    need(body + 20, bodyEnd, pos, "enhanced packet");
                    Interface itf = iface(interfaces, buf.getInt(body), pos);
                    long ts = ((buf.getInt(body + 4) & 0xFFFFFFFFL) << 32) | (buf.getInt(body + 8) & 0xFFFFFFFFL);
                    int captured = buf.getInt(body + 12);
                    need(body + 20 + captured, bodyEnd, pos, "enhanced packet");
                    lastNanos = itf.nanos(ts);
                    frames.add(itf.linkType(), lastNanos, buf.array(), body + 20, captured);
                }
                case 3 -> { // simple packet block: interface 0, no timestamp
                    need(body + 4, bodyEnd, pos, "simple packet");
                    Interface itf = iface(interfaces, 0, pos);
                    int original = buf.getInt(body);
                    int captured = Math.min(original < 0 ? Integer.MAX_VALUE : original, bodyEnd - body - 4);
                    frames.add(itf.linkType(), lastNanos, buf.array(), body + 4, captured);
                }
                case 2 -> { // obsolete packet block
                    need(body + 20, bodyEnd, pos, "packet");
                    Interface itf = iface(interfaces, buf.getShort(body) & 0xFFFF, pos);
                    long ts = ((buf.getInt(body + 4) & 0xFFFFFFFFL) << 32) | (buf.getInt(body + 8) & 0xFFFFFFFFL);
                    int captured = buf.getInt(body + 12);
                    need(body + 20 + captured, bodyEnd, pos, "packet");
                    lastNanos = itf.nanos(ts);
                    frames.add(itf.linkType(), lastNanos, buf.array(), body + 20, captured);
                }
                default -> {
                    // section header, name resolution, statistics, custom blocks...: nothing to take
                }
            }
            pos += total;
        }
    }

    private void need(int end, int bodyEnd, int blockPos, String what) throws IOException {
        if (end < 0 || end > bodyEnd) {
            throw new IOException(name + ": pcapng " + what + " block at byte " + blockPos + " is cut short");
        }
    }

    private Interface iface(List<Interface> interfaces, int id, int blockPos) throws IOException {
        if (id < 0 || id >= interfaces.size()) {
            throw new IOException(name + ": pcapng packet block at byte " + blockPos + " names interface " + id
                    + ", which was not described");
        }
        return interfaces.get(id);
    }

    private Interface readInterface(ByteBuffer buf, int body, int bodyEnd) throws IOException {
        need(body + 8, bodyEnd, body - 8, "interface description");
        int linkType = buf.getShort(body) & 0xFFFF;
        long unitsPerSecond = 1_000_000L;
        int binaryExponent = 0;
        long offset = 0;
        int p = body + 8;
        while (p + 4 <= bodyEnd) {
            int code = buf.getShort(p) & 0xFFFF;
            int len = buf.getShort(p + 2) & 0xFFFF;
            int value = p + 4;
            if (code == 0 || value + len > bodyEnd) {
                break;
            }
            if (code == 9 && len >= 1) { // if_tsresol
                int v = buf.get(value) & 0xFF;
                if ((v & 0x80) == 0) {
                    unitsPerSecond = v > 18 ? 0 : pow10(v);
                    binaryExponent = v;
                    if (unitsPerSecond == 0) {
                        throw new IOException(name + ": unsupported timestamp resolution 10^-" + v);
                    }
                } else {
                    unitsPerSecond = 0;
                    binaryExponent = v & 0x7F;
                }
            } else if (code == 14 && len >= 8) { // if_tsoffset
                offset = buf.getLong(value);
            }
            p = value + ((len + 3) & ~3);
        }
        return new Interface(linkType, unitsPerSecond, binaryExponent, offset);
    }

    private static long pow10(int n) {
        long v = 1;
        for (int i = 0; i < n; i++) {
            v *= 10;
        }
        return v;
    }
}
