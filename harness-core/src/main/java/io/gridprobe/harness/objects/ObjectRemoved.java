package io.gridprobe.harness.objects;

import java.time.Instant;

/** The grid took an object out of view (KillObject): deleted, taken, or its avatar left. */
public record ObjectRemoved(Instant time, String region, WorldObject object) implements ObjectChange {
    @Override
    public String describe() {
        return "ObjectRemoved " + object.describe() + " in " + region;
    }
}
