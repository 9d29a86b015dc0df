package io.gridprobe.protocol.circuit;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * Hands each packet to the circuit of its sender, and after each burst of reads lets those circuits send the acks
 * they owe in one PacketAck (as a viewer does once a frame), which keeps acks prompt without one datagram per ack.
 */
final class CircuitDemultiplexer extends SimpleChannelInboundHandler<AddressedPacket> {
    private final UdpEndpoint endpoint;
    private final List<Circuit> touched = new ArrayList<>();

    CircuitDemultiplexer(UdpEndpoint endpoint) {
        super(AddressedPacket.class);
        this.endpoint = endpoint;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, AddressedPacket in) {
        Circuit c = endpoint.circuitFor(in);
        if (c != null) {
            c.onPacket(in.packet(), in.sender(), in.receivedNanos());
            if (!touched.contains(c)) {
                touched.add(c);
            }
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        for (Circuit c : touched) {
            c.flushAcks();
        }
        touched.clear();
        ctx.fireChannelReadComplete();
    }
}
