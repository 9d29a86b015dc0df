package io.gridprobe.protocol.capture;

import java.util.ArrayList;
import java.util.List;

/**
 * The frames of a capture, pcap or pcapng alike, reduced to what the harness reads: IPv4 UDP datagrams under the
 * link layers {@link PcapReader} lists; everything else (TCP, IPv6, ARP, fragments) is counted as a frame and skipped.
 */
final class UdpFrames {
    private final List<UdpDatagram> out = new ArrayList<>();
    private int frame;
    private boolean haveFirst;
    private long firstNanos;

    /** The datagrams so far, in file order. */
    List<UdpDatagram> datagrams() {
        return out;
    }

    void frame(int linkType, long nanos, byte[] d, int off, int len) {
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
            case PcapReader.LINKTYPE_NULL -> {
                // The address family in the byte order of the capturing host: AF_INET is 2 everywhere.
                if (len < 4) {
                    return -1;
                }
                int be = u32be(d, off);
                return be == 2 || Integer.reverseBytes(be) == 2 ? off + 4 : -1;
            }
            case PcapReader.LINKTYPE_LOOP -> {
                return len >= 4 && u32be(d, off) == 2 ? off + 4 : -1;
            }
            case PcapReader.LINKTYPE_ETHERNET -> {
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
            case PcapReader.LINKTYPE_RAW -> {
                return len >= 1 && (d[off] & 0xF0) == 0x40 ? off : -1;
            }
            case PcapReader.LINKTYPE_IPV4 -> {
                return off;
            }
            case PcapReader.LINKTYPE_LINUX_SLL -> {
                return len >= 16 && u16be(d, off + 14) == 0x0800 ? off + 16 : -1;
            }
            case PcapReader.LINKTYPE_LINUX_SLL2 -> {
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
