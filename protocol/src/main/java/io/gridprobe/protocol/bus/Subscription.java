package io.gridprobe.protocol.bus;

/** A listener's registration; closing it stops delivery. Closing twice is harmless. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
    @Override
    void close();
}
