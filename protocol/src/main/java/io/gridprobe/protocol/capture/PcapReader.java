package io.gridprobe.protocol.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small reader of packet captures, keeping their IPv4 UDP datagrams: it tells the format by its magic, reads
 * classic pcap itself (either byte order, micro- or nanosecond timestamps) and hands pcapng to
 * {@link PcapngBlocks}; both give their frames to {@link UdpFrames}, which knows the {@link LinkType}s.
 */
public final class PcapReader {
    private static final int PCAP_MAGIC_US = 0xA1B2C3D4;
    private static final int PCAP_MAGIC_NS = 0xA1B23C4D;

    private final String name;
    private final UdpFrames frames = new UdpFrames();

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
        return be == PcapngBlocks.SECTION_HEADER || be == PCAP_MAGIC_US || le == PCAP_MAGIC_US
                || be == PCAP_MAGIC_NS || le == PCAP_MAGIC_NS;
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
        if (magic == PcapngBlocks.SECTION_HEADER) {
            new PcapngBlocks(name, r.frames).read(buf);
        } else if (magic == PCAP_MAGIC_US || magic == PCAP_MAGIC_NS) {
            r.readPcap(buf, magic == PCAP_MAGIC_NS);
        } else if (Integer.reverseBytes(magic) == PCAP_MAGIC_US || Integer.reverseBytes(magic) == PCAP_MAGIC_NS) {
            buf.order(ByteOrder.LITTLE_ENDIAN);
            r.readPcap(buf, Integer.reverseBytes(magic) == PCAP_MAGIC_NS);
        } else {
            throw new IOException(name + ": not a pcap or pcapng file (magic " + String.format("%08x", magic) + ")");
        }
        return r.frames.datagrams();
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
            frames.add(linkType, ns, buf.array(), pos + 16, incl);
            pos += 16 + incl;
        }
    }

}
