package io.gridprobe.harness.core;

import io.gridprobe.harness.events.AwaitTimeoutException;
import io.gridprobe.protocol.bus.MessageBus;
import io.gridprobe.protocol.bus.Received;
import io.gridprobe.protocol.bus.Subscription;
import io.gridprobe.protocol.trace.PacketTrace;
import io.gridprobe.protocol.trace.TraceEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * node-metaverse's {@code waitForMessage(filter, timeout)}: a future for the next message of a name that passes a
 * filter. It times out with what arrived instead (read from the packet trace, so waiting costs the hot path
 * nothing), and fails at once when the agent loses its circuit.
 */
final class MessageWaits {
    private final String agent;
    private final MessageBus bus;
    private final PacketTrace trace;
    private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();
    private volatile RuntimeException dead;

    MessageWaits(String agent, MessageBus bus, PacketTrace trace) {
        this.agent = agent;
        this.bus = bus;
        this.trace = trace;
    }

    <T extends Received> CompletableFuture<T> next(String name, Class<T> type, Predicate<? super T> filter, Duration timeout) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (dead != null) {
            result.completeExceptionally(dead);
            return result;
        }
        long startedMillis = System.currentTimeMillis();
        Subscription sub = bus.subscribe(name, type, m -> {
            try {
                if (filter.test(m)) {
                    result.complete(m);
                }
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        pending.add(result);
        return result.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).handle((v, e) -> {
            sub.close();
            pending.remove(result);
            if (e instanceof TimeoutException) {
                throw new AwaitTimeoutException(agent, name + (filter == ANY ? "" : " matching the filter"), timeout,
                        arrivedSince(startedMillis));
            }
            if (e != null) {
                throw AgentLogin.propagate(e);
            }
            return v;
        });
    }

    static final Predicate<Object> ANY = x -> true;

    private List<String> arrivedSince(long millis) {
        List<String> names = new ArrayList<>();
        for (TraceEntry e : trace.entries()) {
            if (e.epochMillis() >= millis && e.direction() != TraceEntry.Direction.OUT
                    && !e.name().equals("PacketAck") && !e.name().endsWith("PingCheck")) {
                names.add(e.name());
            }
        }
        return names.size() > 20 ? names.subList(names.size() - 20, names.size()) : names;
    }

    /** Fails every pending wait, and every later one, with this cause (the agent is gone). */
    void failAll(RuntimeException cause) {
        dead = cause;
        for (CompletableFuture<?> f : pending) {
            f.completeExceptionally(cause);
        }
    }
}
