package io.gridprobe.protocol.bus;

import java.util.Map;

/** An event from a region's event queue (EventQueueGet): its name and LLSD body. */
public record EventQueueMessage(String name, Map<String, Object> body, long receivedNanos, String origin)
        implements Received {
}
