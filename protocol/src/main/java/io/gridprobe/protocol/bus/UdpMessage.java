package io.gridprobe.protocol.bus;

import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.packet.Packet;
import java.net.InetSocketAddress;

/** A message that arrived on a UDP circuit. */
public record UdpMessage(Packet packet, InetSocketAddress sender, long receivedNanos, String origin) implements Received {
    @Override
    public String name() {
        return packet.message().name();
    }

    public Message message() {
        return packet.message();
    }
}
