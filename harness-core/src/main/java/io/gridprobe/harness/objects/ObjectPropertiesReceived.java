package io.gridprobe.harness.objects;

import java.time.Instant;

/** The grid described an object (ObjectProperties or ObjectPropertiesFamily). */
public record ObjectPropertiesReceived(Instant time, ObjectDetails details) implements io.gridprobe.harness.events.AgentEvent {
    @Override
    public String describe() {
        return "ObjectPropertiesReceived " + details;
    }
}
