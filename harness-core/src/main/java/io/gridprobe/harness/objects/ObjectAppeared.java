package io.gridprobe.harness.objects;

import java.time.Instant;

/** An object the agent did not know came into view (ObjectUpdate, ObjectUpdateCompressed). */
public record ObjectAppeared(Instant time, String region, WorldObject object) implements ObjectChange {
    @Override
    public String describe() {
        return "ObjectAppeared " + object.describe() + " in " + region;
    }
}
