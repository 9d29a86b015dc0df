package io.gridprobe.harness.core;

import io.gridprobe.protocol.circuit.Circuit;
import io.gridprobe.protocol.region.RegionConnection;

/**
 * A region as one agent knows it: the connection, where the region lies (handle) and how big it is. Sizes come from
 * what the grid sends (login, EnableSimulator, TeleportFinish, CrossedRegion), never assumed to be 256 m.
 */
public record AgentRegion(RegionConnection connection, long handle, int sizeX, int sizeY) {
    public String name() {
        return connection.regionName().orElse(connection.origin());
    }

    /** South-west corner of the region in global metres. */
    public long globalX() {
        return handle >>> 32;
    }

    public long globalY() {
        return handle & 0xFFFF_FFFFL;
    }

    public Circuit circuit() {
        return connection.circuit();
    }

    public boolean isChild() {
        return connection.isChild();
    }

    /** Whether another region touches this one's edge (shares a border or a corner). */
    public boolean isAdjacentTo(long otherHandle, int otherSizeX, int otherSizeY) {
        long ox = otherHandle >>> 32;
        long oy = otherHandle & 0xFFFF_FFFFL;
        boolean xTouch = ox <= globalX() + sizeX && globalX() <= ox + otherSizeX;
        boolean yTouch = oy <= globalY() + sizeY && globalY() <= oy + otherSizeY;
        return xTouch && yTouch && otherHandle != handle;
    }

    @Override
    public String toString() {
        return name() + (isChild() ? " (child)" : "") + " @" + globalX() + "," + globalY() + " " + sizeX + "x" + sizeY;
    }
}
