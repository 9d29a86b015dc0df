package io.gridprobe.harness.teleport;

import io.gridprobe.protocol.types.Vector3;
import java.time.Duration;

/**
 * Where a teleport took the agent: the region it left and the one it is in now (the same for a teleport within the
 * region), the position the grid put it at, and how long it took from the request to arrival.
 */
public record TeleportResult(String fromRegion, String toRegion, long toHandle, Vector3 position, boolean local,
                             Duration took) {
    public boolean regionChanged() {
        return !local;
    }
}
