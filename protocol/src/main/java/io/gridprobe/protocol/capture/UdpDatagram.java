package io.gridprobe.protocol.capture;

/**
 * One IPv4 UDP datagram taken from a packet capture (pcap or pcapng).
 *
 * @param frame       1-based number of the frame in the file (as Wireshark numbers them)
 * @param time        seconds since the first frame of the file
 * @param source      sender as {@code ip:port}
 * @param destination receiver as {@code ip:port}
 * @param payload     the UDP payload
 */
public record UdpDatagram(int frame, double time, String source, String destination, byte[] payload) {

    public int sourcePort() {
        return port(source);
    }

    public int destinationPort() {
        return port(destination);
    }

    static int port(String endpoint) {
        return Integer.parseInt(endpoint.substring(endpoint.lastIndexOf(':') + 1));
    }
}
