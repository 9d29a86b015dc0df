package io.gridprobe.protocol.circuit;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The one Netty event loop group that every agent's (and every embedded region's) UDP endpoint shares: a few
 * threads carry thousands of circuits. Daemon threads, so a forgotten transport never keeps a JVM alive, and
 * {@link #close()} stops them all.
 */
public final class UdpTransport implements AutoCloseable {
    private final EventLoopGroup group;
    /**
     * One ticker per event loop walks that loop's endpoints: a thousand idle agents cost a few scheduled tasks per
     * tick instead of a thousand (each endpoint's circuits still only ever run on their own loop).
     */
    private final Map<EventLoop, Set<UdpEndpoint>> endpointsByLoop = new ConcurrentHashMap<>();

    private UdpTransport(int threads, String name) {
        this.group = new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory(name, true), NioIoHandler.newFactory());
    }

    void register(UdpEndpoint endpoint, EventLoop loop, Duration tick) {
        endpointsByLoop.computeIfAbsent(loop, l -> {
            Set<UdpEndpoint> set = ConcurrentHashMap.newKeySet();
            long nanos = tick.toNanos();
            l.scheduleAtFixedRate(() -> {
                long now = System.nanoTime();
                for (UdpEndpoint e : set) {
                    e.tick(now);
                }
            }, nanos, nanos, TimeUnit.NANOSECONDS);
            return set;
        }).add(endpoint);
    }

    void unregister(UdpEndpoint endpoint, EventLoop loop) {
        Set<UdpEndpoint> set = endpointsByLoop.get(loop);
        if (set != null) {
            set.remove(endpoint);
        }
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
