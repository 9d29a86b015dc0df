package io.gridprobe.protocol.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a capture file of any supported kind into {@link CaptureRecord}s: the JSONL of {@code ../shared/captures}
 * (through {@link CaptureReader}) or a pcap/pcapng file (through {@link PcapReader}, UDP datagrams only), told apart
 * by their first bytes rather than their names.
 * <p>
 * A raw capture does not say which side of a datagram is the grid, so {@link #assignSides} decides it:
 * <ol>
 *   <li>a port given as a server port (e.g. {@code --server-port 9000}) is the server's;</li>
 *   <li>otherwise an endpoint that receives a {@code UseCircuitCode} is a simulator (only viewers send it);</li>
 *   <li>otherwise the endpoint with more distinct peers is the server (a simulator talks to many viewers);</li>
 *   <li>on a tie the lower port is the server's (viewers use ephemeral ports, simulators 9000 and up).</li>
 * </ol>
 */
public final class CaptureFiles {
    /** UseCircuitCode's message number on the wire: Low 3. It is never zerocoded. */
    private static final byte[] USE_CIRCUIT_CODE = {(byte) 0xFF, (byte) 0xFF, 0x00, 0x03};

    private CaptureFiles() {
    }

    /** The kinds of file this class reads. */
    public enum Format { JSONL, PCAP }

    /** Tells the format from the first bytes of the file. */
    public static Format sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        return PcapReader.looksLikePcap(head) ? Format.PCAP : Format.JSONL;
    }

    /** Every record of the file; for pcap files, sides found automatically (see the class comment). */
    public static List<CaptureRecord> read(Path file) throws IOException {
        return read(file, Set.of());
    }

    /** Every record of the file; for pcap files, datagrams to or from {@code serverPorts} are the grid's. */
    public static List<CaptureRecord> read(Path file, Set<Integer> serverPorts) throws IOException {
        if (sniff(file) == Format.PCAP) {
            return assignSides(file.getFileName().toString(), PcapReader.readDatagrams(file), serverPorts);
        }
        return CaptureReader.read(file);
    }

    /**
     * Turns datagrams into UDP capture records with client, server and direction; {@code line} holds the frame
     * number so that {@link CaptureRecord#where()} points at the frame.
     */
    public static List<CaptureRecord> assignSides(String fileName, List<UdpDatagram> datagrams, Set<Integer> serverPorts) {
        Set<String> servers = new HashSet<>();
        Map<String, Set<String>> peers = new HashMap<>();
        for (UdpDatagram d : datagrams) {
            peers.computeIfAbsent(d.source(), k -> new HashSet<>()).add(d.destination());
            peers.computeIfAbsent(d.destination(), k -> new HashSet<>()).add(d.source());
            if (isUseCircuitCode(d.payload())) {
                servers.add(d.destination());
            }
        }
        HexFormat hex = HexFormat.of();
        List<CaptureRecord> out = new ArrayList<>(datagrams.size());
        for (UdpDatagram d : datagrams) {
            boolean toServer = toServer(d, serverPorts, servers, peers);
            String client = toServer ? d.source() : d.destination();
            String server = toServer ? d.destination() : d.source();
            out.add(new CaptureRecord(fileName, d.frame(), d.time(), "udp", toServer ? "c2s" : "s2c", client, server,
                    hex.formatHex(d.payload()), null, null, null, null, null));
        }
        return out;
    }

    private static boolean toServer(UdpDatagram d, Set<Integer> serverPorts, Set<String> servers,
                                    Map<String, Set<String>> peers) {
        boolean dstPort = serverPorts.contains(d.destinationPort());
        boolean srcPort = serverPorts.contains(d.sourcePort());
        if (dstPort != srcPort) {
            return dstPort;
        }
        boolean dstKnown = servers.contains(d.destination());
        boolean srcKnown = servers.contains(d.source());
        if (dstKnown != srcKnown) {
            return dstKnown;
        }
        int dstPeers = peers.get(d.destination()).size();
        int srcPeers = peers.get(d.source()).size();
        if (dstPeers != srcPeers) {
            return dstPeers > srcPeers;
        }
        return d.destinationPort() < d.sourcePort();
    }

    /** Whether the datagram carries UseCircuitCode (header, any extra header, then the Low 3 number). */
    static boolean isUseCircuitCode(byte[] p) {
        if (p.length < 6) {
            return false;
        }
        int body = 6 + (p[5] & 0xFF);
        if ((p[0] & 0x80) != 0 || body + USE_CIRCUIT_CODE.length > p.length) {
            return false;
        }
        for (int i = 0; i < USE_CIRCUIT_CODE.length; i++) {
            if (p[body + i] != USE_CIRCUIT_CODE[i]) {
                return false;
            }
        }
        return true;
    }
}
