package io.gridprobe.harness.objects;

import java.time.Instant;

/** A known object changed: moved, renamed, new masks, linked, a new CRC. */
public record ObjectUpdated(Instant time, String region, WorldObject before, WorldObject object)
        implements ObjectChange {
    @Override
    public String describe() {
        return "ObjectUpdated " + object.describe() + " in " + region;
    }
}
