package io.gridprobe.protocol.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small reader of packet captures: classic pcap (either byte order, micro- or nanosecond timestamps) and pcapng
 * (section header, interface description, enhanced, simple and obsolete packet blocks; either byte order; several
 * sections and interfaces). It keeps IPv4 UDP datagrams and skips everything else (TCP, IPv6, ARP, fragments).
 * <p>
 * Link types: null/loopback (0), Ethernet (1, with 802.1Q tags), raw IP (101, 228), OpenBSD loopback (108),
 * Linux cooked capture SLL (113) and SLL2 (276).
 */
public final class PcapReader {
    static final int PCAPNG_SHB = 0x0A0D0D0A;
    private static final int PCAPNG_BYTE_ORDER_MAGIC = 0x1A2B3C4D;
    private static final int PCAP_MAGIC_US = 0xA1B2C3D4;
    private static final int PCAP_MAGIC_NS = 0xA1B23C4D;

    public static final int LINKTYPE_NULL = 0;
    public static final int LINKTYPE_ETHERNET = 1;
    public static final int LINKTYPE_RAW = 101;
    public static final int LINKTYPE_LOOP = 108;
    public static final int LINKTYPE_LINUX_SLL = 113;
    public static final int LINKTYPE_IPV4 = 228;
    public static final int LINKTYPE_LINUX_SLL2 = 276;

    private final String name;
    private final List<UdpDatagram> out = new ArrayList<>();
    private int frame;
    private boolean haveFirst;
    private long firstNanos;

    private PcapReader(String name) {
        this.name = name;
    }

    /** True when the bytes start like a pcap or pcapng file. */
    public static boolean looksLikePcap(byte[] head) {
        if (head.length < 4) {
            return false;
        }
        int be = ByteBuffer.wrap(head, 0, 4).order(ByteOrder.BIG_ENDIAN).getInt();
        int le = Integer.reverseBytes(be);
        return be == PCAPNG_SHB || be == PCAP_MAGIC_US || le == PCAP_MAGIC_US || be == PCAP_MAGIC_NS
                || le == PCAP_MAGIC_NS;
    }

    /** The IPv4 UDP datagrams of a pcap or pcapng file, in file order. */
    public static List<UdpDatagram> readDatagrams(Path file) throws IOException {
        return readDatagrams(file.getFileName().toString(), Files.readAllBytes(file));
    }

    /** Same, from the file's bytes; {@code name} appears in error messages. */
    public static List<UdpDatagram> readDatagrams(String name, byte[] data) throws IOException {
        PcapReader r = new PcapReader(name);
        if (data.length < 4) {
            throw new IOException(name + ": too short to be a pcap or pcapng file");
        }
        ByteBuffer buf = ByteBuffer.wrap(data).order(ByteOrder.BIG_ENDIAN);
        int magic = buf.getInt(0);
        if (magic == PCAPNG_SHB) {
            r.readPcapng(buf);
        } else if (magic == PCAP_MAGIC_US || magic == PCAP_MAGIC_NS) {
            r.readPcap(buf, magic == PCAP_MAGIC_NS);
        } else if (Integer.reverseBytes(magic) == PCAP_MAGIC_US || Integer.reverseBytes(magic) == PCAP_MAGIC_NS) {
            buf.order(ByteOrder.LITTLE_ENDIAN);
            r.readPcap(buf, Integer.reverseBytes(magic) == PCAP_MAGIC_NS);
        } else {
            throw new IOException(name + ": not a pcap or pcapng file (magic " + String.format("%08x", magic) + ")");
        }
        return r.out;
    }

    // -- classic pcap ------------------------------------------------------------------------------------------

    private void readPcap(ByteBuffer buf, boolean nanos) throws IOException {
        if (buf.limit() < 24) {
            throw new IOException(name + ": pcap global header cut short");
        }
        int linkType = buf.getInt(20) & 0xFFFF; // the upper bits may carry FCS information
        int pos = 24;
        while (pos < buf.limit()) {
            if (pos + 16 > buf.limit()) {
                throw new IOException(name + ": pcap record header cut short at byte " + pos);
            }
            long sec = buf.getInt(pos) & 0xFFFFFFFFL;
            long frac = buf.getInt(pos + 4) & 0xFFFFFFFFL;
            int incl = buf.getInt(pos + 8);
            if (incl < 0 || pos + 16 + incl > buf.limit()) {
                throw new IOException(name + ": pcap record at byte " + pos + " runs past the end of the file");
            }
            long ns = sec * 1_000_000_000L + (nanos ? frac : frac * 1000L);
            frame(linkType, ns, buf.array(), pos + 16, incl);
            pos += 16 + incl;
        }
    }

    // -- pcapng ------------------------------------------------------------------------------------------------

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

    private void readPcapng(ByteBuffer buf) throws IOException {
        List<Interface> interfaces = new ArrayList<>();
        long lastNanos = 0;
        int pos = 0;
        int limit = buf.limit();
        while (pos < limit) {
            if (pos + 12 > limit) {
                throw new IOException(name + ": pcapng block header cut short at byte " + pos);
            }
            int type = buf.getInt(pos);
            if (type == PCAPNG_SHB) {
                // A new section: its byte-order magic sets the byte order of everything up to the next section.
                int bom = buf.order(ByteOrder.BIG_ENDIAN).getInt(pos + 8);
                if (bom == PCAPNG_BYTE_ORDER_MAGIC) {
                    buf.order(ByteOrder.BIG_ENDIAN);
                } else if (Integer.reverseBytes(bom) == PCAPNG_BYTE_ORDER_MAGIC) {
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
                    frame(itf.linkType(), lastNanos, buf.array(), body + 20, captured);
                }
                case 3 -> { // simple packet block: interface 0, no timestamp
                    need(body + 4, bodyEnd, pos, "simple packet");
                    Interface itf = iface(interfaces, 0, pos);
                    int original = buf.getInt(body);
                    int captured = Math.min(original < 0 ? Integer.MAX_VALUE : original, bodyEnd - body - 4);
                    frame(itf.linkType(), lastNanos, buf.array(), body + 4, captured);
                }
                case 2 -> { // obsolete packet block
                    need(body + 20, bodyEnd, pos, "packet");
                    Interface itf = iface(interfaces, buf.getShort(body) & 0xFFFF, pos);
                    long ts = ((buf.getInt(body + 4) & 0xFFFFFFFFL) << 32) | (buf.getInt(body + 8) & 0xFFFFFFFFL);
                    int captured = buf.getInt(body + 12);
                    need(body + 20 + captured, bodyEnd, pos, "packet");
                    lastNanos = itf.nanos(ts);
                    frame(itf.linkType(), lastNanos, buf.array(), body + 20, captured);
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

    // -- link layer, IPv4, UDP ---------------------------------------------------------------------------------

    private void frame(int linkType, long nanos, byte[] d, int off, int len) {
        frame++;
        if (!haveFirst) {
            haveFirst = true;
            firstNanos = nanos;
        }
        int ip = ipv4Start(linkType, d, off, len);
        if (ip < 0) {
            return;
        }
        udp(nanos, d, ip, off + len);
    }

    /** Where the IPv4 header starts, or -1 when the frame carries something else. */
    private static int ipv4Start(int linkType, byte[] d, int off, int len) {
        int end = off + len;
        switch (linkType) {
            case LINKTYPE_NULL -> {
                // The address family in the byte order of the capturing host: AF_INET is 2 everywhere.
                if (len < 4) {
                    return -1;
                }
                int be = u32be(d, off);
                return be == 2 || Integer.reverseBytes(be) == 2 ? off + 4 : -1;
            }
            case LINKTYPE_LOOP -> {
                return len >= 4 && u32be(d, off) == 2 ? off + 4 : -1;
            }
            case LINKTYPE_ETHERNET -> {
                int p = off + 12;
                while (p + 2 <= end) {
                    int etherType = u16be(d, p);
                    if (etherType == 0x8100 || etherType == 0x88A8) {
                        p += 4; // 802.1Q / 802.1ad tag
                        continue;
                    }
                    return etherType == 0x0800 ? p + 2 : -1;
                }
                return -1;
            }
            case LINKTYPE_RAW -> {
                return len >= 1 && (d[off] & 0xF0) == 0x40 ? off : -1;
            }
            case LINKTYPE_IPV4 -> {
                return off;
            }
            case LINKTYPE_LINUX_SLL -> {
                return len >= 16 && u16be(d, off + 14) == 0x0800 ? off + 16 : -1;
            }
            case LINKTYPE_LINUX_SLL2 -> {
                return len >= 20 && u16be(d, off) == 0x0800 ? off + 20 : -1;
            }
            default -> {
                return -1;
            }
        }
    }

    private void udp(long nanos, byte[] d, int ip, int end) {
        if (ip + 20 > end || (d[ip] & 0xF0) != 0x40) {
            return;
        }
        int ihl = (d[ip] & 0x0F) * 4;
        int totalLength = u16be(d, ip + 2);
        int fragment = u16be(d, ip + 6);
        int protocol = d[ip + 9] & 0xFF;
        if (protocol != 17 || ihl < 20 || (fragment & 0x3FFF) != 0) {
            return; // not UDP, or a fragment (more-fragments bit or an offset)
        }
        int ipEnd = Math.min(end, ip + Math.max(totalLength, ihl)); // drop link-layer padding
        int u = ip + ihl;
        if (u + 8 > ipEnd) {
            return;
        }
        int udpLength = u16be(d, u + 4);
        int payloadEnd = udpLength >= 8 ? Math.min(ipEnd, u + udpLength) : ipEnd;
        String src = ip(d, ip + 12) + ":" + u16be(d, u);
        String dst = ip(d, ip + 16) + ":" + u16be(d, u + 2);
        byte[] payload = java.util.Arrays.copyOfRange(d, u + 8, payloadEnd);
        out.add(new UdpDatagram(frame, (nanos - firstNanos) / 1e9, src, dst, payload));
    }

    private static String ip(byte[] d, int o) {
        return (d[o] & 0xFF) + "." + (d[o + 1] & 0xFF) + "." + (d[o + 2] & 0xFF) + "." + (d[o + 3] & 0xFF);
    }

    private static int u16be(byte[] d, int o) {
        return ((d[o] & 0xFF) << 8) | (d[o + 1] & 0xFF);
    }

    private static int u32be(byte[] d, int o) {
        return ((d[o] & 0xFF) << 24) | ((d[o + 1] & 0xFF) << 16) | ((d[o + 2] & 0xFF) << 8) | (d[o + 3] & 0xFF);
    }
}
