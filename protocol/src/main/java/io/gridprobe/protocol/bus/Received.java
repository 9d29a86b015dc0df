package io.gridprobe.protocol.bus;

/**
 * Something a grid sent, by message name: a UDP message from a circuit or an event from the event queue. Listeners
 * subscribe by name and do not need to care which way it came (EnableSimulator, for one, has come both ways).
 */
public sealed interface Received permits UdpMessage, EventQueueMessage {
    String name();

    /** {@link System#nanoTime()} at arrival. */
    long receivedNanos();

    /** The region it came from (a label such as the region's host:port), for logs and traces. */
    String origin();
}
