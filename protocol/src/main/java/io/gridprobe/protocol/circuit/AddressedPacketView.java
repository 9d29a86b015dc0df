package io.gridprobe.protocol.circuit;

import io.gridprobe.protocol.packet.Packet;
import java.net.InetSocketAddress;

/** A packet from a sender without a circuit, as shown to an {@link UnknownSenderPolicy}. */
public record AddressedPacketView(Packet packet, InetSocketAddress sender) {
}
