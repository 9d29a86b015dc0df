package io.gridprobe.protocol.circuit;

import io.gridprobe.protocol.packet.MalformedPacketException;
import io.gridprobe.protocol.packet.PacketCodec;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.socket.DatagramPacket;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Datagram bytes to {@link AddressedPacket}. A datagram that does not decode is counted, logged and dropped: a
 * garbled packet from one peer must not disturb anybody else's circuit.
 */
final class PacketDecoder extends MessageToMessageDecoder<DatagramPacket> {
    private static final Logger LOG = LoggerFactory.getLogger(PacketDecoder.class);

    private final PacketCodec codec;
    private final LongAdder malformed;

    PacketDecoder(PacketCodec codec, LongAdder malformed) {
        super(DatagramPacket.class);
        this.codec = codec;
        this.malformed = malformed;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, DatagramPacket datagram, List<Object> out) {
        // The packet keeps its bytes for lazy decoding, so they must be our own copy, not the pooled buffer.
        byte[] bytes = ByteBufUtil.getBytes(datagram.content());
        try {
            out.add(new AddressedPacket(codec.decode(bytes), datagram.sender(), System.nanoTime()));
        } catch (MalformedPacketException e) {
            malformed.increment();
            LOG.debug("dropped a datagram of {} bytes from {}: {}", bytes.length, datagram.sender(), e.getMessage());
        }
    }
}
