package io.gridprobe.protocol.wire;

/** The TeleportFlags of TeleportStart, TeleportFinish and TeleportLocal (the viewer's TELEPORT_FLAGS_*). */
public final class TeleportFlags {
    public static final long SET_LAST_TO_TARGET = 1L << 1;
    public static final long VIA_LANDMARK = 1L << 3;
    public static final long VIA_LOCATION = 1L << 4;
    public static final long VIA_HOME = 1L << 5;
    public static final long VIA_REGION_ID = 1L << 12;
    public static final long IS_FLYING = 1L << 13;

    private TeleportFlags() {
    }
}
