package io.gridprobe.protocol.capture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Takes the IPv4 UDP datagrams out of captured link-layer frames, in order, numbering frames from 1 and timing
 * datagrams from the first frame. Everything else (TCP, IPv6, ARP, IP fragments) is skipped.
 */
final class UdpFrames {
    private final List<UdpDatagram> out = new ArrayList<>();
    private int frame;
    private boolean haveFirst;
    private long firstNanos;

    List<UdpDatagram> datagrams() {
        return out;
    }

    /** One captured frame of the given link type, at {@code nanos}: kept when it carries a whole UDP datagram. */
    void add(int linkType, long nanos, byte[] d, int off, int len) {
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
            case LinkType.NULL -> {
                // The address family in the byte order of the capturing host: AF_INET is 2 everywhere.
                if (len < 4) {
                    return -1;
                }
                int be = u32be(d, off);
                return be == 2 || Integer.reverseBytes(be) == 2 ? off + 4 : -1;
            }
            case LinkType.LOOP -> {
                return len >= 4 && u32be(d, off) == 2 ? off + 4 : -1;
            }
            case LinkType.ETHERNET -> {
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
            case LinkType.RAW -> {
                return len >= 1 && (d[off] & 0xF0) == 0x40 ? off : -1;
            }
            case LinkType.IPV4 -> {
                return off;
            }
            case LinkType.LINUX_SLL -> {
                return len >= 16 && u16be(d, off + 14) == 0x0800 ? off + 16 : -1;
            }
            case LinkType.LINUX_SLL2 -> {
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
        byte[] payload = Arrays.copyOfRange(d, u + 8, payloadEnd);
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
