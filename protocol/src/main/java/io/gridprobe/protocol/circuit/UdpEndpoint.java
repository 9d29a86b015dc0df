package io.gridprobe.protocol.circuit;

import io.gridprobe.protocol.bus.MessageBus;
import io.gridprobe.protocol.packet.PacketCodec;
import io.gridprobe.protocol.trace.PacketTrace;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.net.InetSocketAddress;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * One UDP socket and the circuits that share it: an agent's socket (one circuit per region it talks to, as a
 * viewer has) or an embedded region's socket (one circuit per connected agent). Pipeline:
 * {@link PacketDecoder} → {@link CircuitDemultiplexer}; circuits encode their own packets because they keep the
 * bytes for resending.
 */
public final class UdpEndpoint implements AutoCloseable {
    private final PacketCodec codec;
    private final CircuitConfig config;
    private final UnknownSenderPolicy unknownSenders;
    private final Map<InetSocketAddress, Circuit> circuits = new ConcurrentHashMap<>();
    private final LongAdder malformed = new LongAdder();
    /** Set when the channel is initialised, before it is bound, so it exists before any packet can arrive. */
    private volatile Channel channel;
    private final UdpTransport transport;

    private UdpEndpoint(UdpTransport transport, PacketCodec codec, CircuitConfig config, UnknownSenderPolicy unknownSenders) {
        this.transport = transport;
        this.codec = codec;
        this.config = config;
        this.unknownSenders = unknownSenders;
    }

    /** Binds a socket (port 0: any free port) and completes with the endpoint. */
    public static CompletableFuture<UdpEndpoint> bind(UdpTransport transport, InetSocketAddress local, PacketCodec codec,
                                                      CircuitConfig config, UnknownSenderPolicy unknownSenders) {
        UdpEndpoint endpoint = new UdpEndpoint(transport, codec, config, unknownSenders);
        CompletableFuture<UdpEndpoint> result = new CompletableFuture<>();
        Bootstrap b = new Bootstrap().group(transport.group()).channel(NioDatagramChannel.class)
                .option(ChannelOption.SO_RCVBUF, 1 << 20)
                .handler(new ChannelInitializer<NioDatagramChannel>() {
                    @Override
                    protected void initChannel(NioDatagramChannel ch) {
                        endpoint.channel = ch;
                        ch.pipeline().addLast("decode", new PacketDecoder(codec, endpoint.malformed));
                        ch.pipeline().addLast("circuits", new CircuitDemultiplexer(endpoint));
                    }
                });
        b.bind(local).addListener((ChannelFuture f) -> {
            if (f.isSuccess()) {
                endpoint.startTicker();
                result.complete(endpoint);
            } else {
                result.completeExceptionally(new CircuitLostException("cannot bind UDP socket " + local + ": "
                        + f.cause().getMessage()));
            }
        });
        return result;
    }

    private void startTicker() {
        transport.register(this, channel.eventLoop(), config.tickInterval());
    }

    /** Opens (or returns the existing) circuit to {@code remote}. */
    public Circuit open(InetSocketAddress remote, MessageBus bus, PacketTrace trace, String origin) {
        return circuits.computeIfAbsent(remote, r -> new Circuit(this, r, bus, trace, origin));
    }

    Circuit circuitFor(AddressedPacket in) {
        Circuit c = circuits.get(in.sender());
        if (c == null) {
            c = unknownSenders.accept(this, new AddressedPacketView(in.packet(), in.sender()));
        }
        return c;
    }

    void remove(Circuit c) {
        circuits.remove(c.remote(), c);
    }

    public Collection<Circuit> circuits() {
        return List.copyOf(circuits.values());
    }

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) channel.localAddress();
    }

    /** Datagrams dropped because they did not decode. */
    public long malformedDropped() {
        return malformed.sum();
    }

    PacketCodec codec() {
        return codec;
    }

    CircuitConfig config() {
        return config;
    }

    EventLoop eventLoop() {
        return channel.eventLoop();
    }

    void write(byte[] datagram, InetSocketAddress to) {
        channel.writeAndFlush(new DatagramPacket(Unpooled.wrappedBuffer(datagram), to), channel.voidPromise());
    }

    /** Resends, pings and timeouts of every circuit; runs on this endpoint's event loop. */
    void tick(long now) {
        for (Circuit c : circuits.values()) {
            c.tick(now);
        }
    }

    /**
     * Closes every circuit (without telling peers) and the socket. Waits (briefly) for the socket to close, except on
     * the socket's own event loop, which must never block: there the close completes right after the caller returns.
     */
    @Override
    public void close() {
        if (channel != null) {
            transport.unregister(this, channel.eventLoop());
        }
        for (Circuit c : circuits()) {
            c.close(false);
        }
        if (channel.eventLoop().inEventLoop()) {
            channel.close();
        } else {
            channel.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        }
    }
}
