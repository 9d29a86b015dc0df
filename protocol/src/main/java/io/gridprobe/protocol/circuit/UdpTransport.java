package io.gridprobe.protocol.circuit;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The one Netty event loop group that every agent's (and every embedded region's) UDP endpoint shares: a few
 * threads carry thousands of circuits. Daemon threads, so a forgotten transport never keeps a JVM alive, and
 * {@link #close()} stops them all.
 */
public final class UdpTransport implements AutoCloseable {
    private final EventLoopGroup group;

    private UdpTransport(int threads, String name) {
        this.group = new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory(name, true), NioIoHandler.newFactory());
    }

    /** A transport with one thread per core. */
    public static UdpTransport create(String name) {
        return new UdpTransport(Math.max(1, Runtime.getRuntime().availableProcessors()), name);
    }

    public static UdpTransport create(String name, int threads) {
        return new UdpTransport(threads, name);
    }

    EventLoopGroup group() {
        return group;
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
}
