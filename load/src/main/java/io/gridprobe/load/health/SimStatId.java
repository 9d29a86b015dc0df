package io.gridprobe.load.health;

/**
 * The StatID values of SimStats that a load summary keeps: the viewer's own numbering (llstatenums.h), which
 * OpenSimulator follows; the one home of these numbers in the project.
 */
public final class SimStatId {
    public static final int TIME_DILATION = 0;
    public static final int SIM_FPS = 1;
    public static final int PHYSICS_FPS = 2;
    public static final int AGENT_UPDATES = 3;
    public static final int FRAME_MS = 4;
    public static final int NET_MS = 5;
    public static final int OTHER_MS = 6;
    public static final int PHYSICS_MS = 7;
    public static final int AGENT_MS = 8;
    public static final int IMAGES_MS = 9;
    public static final int SCRIPT_MS = 10;
    public static final int PRIMS = 11;
    public static final int ACTIVE_PRIMS = 12;
    public static final int AGENTS = 13;
    public static final int CHILD_AGENTS = 14;
    public static final int ACTIVE_SCRIPTS = 15;
    public static final int IN_PACKETS_PER_SECOND = 17;
    public static final int OUT_PACKETS_PER_SECOND = 18;
    public static final int PENDING_DOWNLOADS = 19;
    public static final int PENDING_UPLOADS = 20;
    public static final int UNACKED_BYTES = 24;
    public static final int SPARE_MS = 32;
    public static final int SLEEP_MS = 33;

    private SimStatId() {
    }
}
