package io.gridprobe.protocol.wire;

/** A region's maturity rating (SimAccess of RegionHandshake, RegionInfo, MapBlockReply and TeleportFinish). */
public final class SimAccess {
    /** General (PG): what OpenSimulator gives a region by default. */
    public static final int PG = 13;
    /** In MapBlockReply: no region there (a "map click" reply) or the end of a list. */
    public static final int NON_EXISTENT = 255;

    private SimAccess() {
    }
}
