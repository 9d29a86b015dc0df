package io.gridprobe.protocol.capture;

/** The link-layer header types (pcap LINKTYPE_*) whose frames {@link PcapReader} can take IPv4 out of. */
public final class LinkType {
    /** BSD loopback: a 4-byte address family in the capturing host's byte order. */
    public static final int NULL = 0;
    /** Ethernet, with 802.1Q / 802.1ad tags. */
    public static final int ETHERNET = 1;
    public static final int RAW = 101;
    /** OpenBSD loopback: the address family big-endian. */
    public static final int LOOP = 108;
    /** Linux cooked capture. */
    public static final int LINUX_SLL = 113;
    public static final int IPV4 = 228;
    public static final int LINUX_SLL2 = 276;

    private LinkType() {
    }
}
