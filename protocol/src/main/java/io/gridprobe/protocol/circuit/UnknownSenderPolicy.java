package io.gridprobe.protocol.circuit;

/**
 * What an endpoint does with a packet from an address it has no circuit for. A client drops it; a region's
 * endpoint opens a circuit when the packet is a valid UseCircuitCode.
 */
@FunctionalInterface
public interface UnknownSenderPolicy {
    /** The circuit to hand the packet to, or null to drop it. Runs on the endpoint's network thread. */
    Circuit accept(UdpEndpoint endpoint, AddressedPacketView packet);

    UnknownSenderPolicy DROP = (endpoint, packet) -> null;
}
