package io.gridprobe.protocol.bus;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers received messages to the listeners subscribed to their name (the observer pattern of PyOGP's
 * MessageHandler). A listener that throws is logged and skipped; it never breaks the circuit or the other listeners.
 * Listeners run on the thread that received the message (a network thread): they must not block.
 */
public final class MessageBus {
    private static final Logger LOG = LoggerFactory.getLogger(MessageBus.class);
    private static final String ALL = "*";

    private final Map<String, List<Consumer<? super Received>>> listeners = new ConcurrentHashMap<>();

    /** Delivers every message with this name. */
    public Subscription subscribe(String name, Consumer<? super Received> listener) {
        List<Consumer<? super Received>> list = listeners.computeIfAbsent(name, k -> new CopyOnWriteArrayList<>());
        list.add(listener);
        return () -> list.remove(listener);
    }

    /** Delivers messages with this name that arrived as {@code type} (UDP or event queue). */
    public <T extends Received> Subscription subscribe(String name, Class<T> type, Consumer<? super T> listener) {
        return subscribe(name, r -> {
            if (type.isInstance(r)) {
                listener.accept(type.cast(r));
            }
        });
    }

    /** Delivers every message, whatever its name (traces, event logs). */
    public Subscription subscribeAll(Consumer<? super Received> listener) {
        return subscribe(ALL, listener);
    }

    /**
     * Whether anybody listens for this name: a circuit skips work (even decoding) for messages nobody wants.
     */
    public boolean hasListeners(String name) {
        List<?> l = listeners.get(name);
        List<?> all = listeners.get(ALL);
        return (l != null && !l.isEmpty()) || (all != null && !all.isEmpty());
    }

    public void publish(Received message) {
        deliver(listeners.get(message.name()), message);
        deliver(listeners.get(ALL), message);
    }

    private static void deliver(List<Consumer<? super Received>> list, Received message) {
        if (list == null) {
            return;
        }
        for (Consumer<? super Received> l : list) {
            try {
                l.accept(message);
            } catch (RuntimeException | AssertionError e) {
                LOG.warn("listener for {} from {} failed; other listeners still run", message.name(), message.origin(), e);
            }
        }
    }
}
