/**
 * The EventQueueGet long poll of a region ({@link io.gridprobe.protocol.eventqueue.EventQueueClient}), which
 * publishes events to the message bus and records them, secrets masked, in the packet trace.
 */
package io.gridprobe.protocol.eventqueue;
