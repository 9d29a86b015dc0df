package io.gridprobe.protocol.wire;

/** The Flags of MapBlockRequest and MapNameRequest. */
public final class MapRequestFlags {
    /**
     * The viewer's "map click" flag: a block request for a place with no region is answered with that block marked
     * Access 255 (non-existent) instead of nothing.
     */
    public static final long MAP_CLICK = 0x10000L;

    private MapRequestFlags() {
    }
}
