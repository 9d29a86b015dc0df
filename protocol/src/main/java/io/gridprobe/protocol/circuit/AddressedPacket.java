package io.gridprobe.protocol.circuit;

import io.gridprobe.protocol.packet.Packet;
import java.net.InetSocketAddress;

/** A decoded datagram and who sent it: what {@link PacketDecoder} hands to {@link CircuitDemultiplexer}. */
record AddressedPacket(Packet packet, InetSocketAddress sender, long receivedNanos) {
}
