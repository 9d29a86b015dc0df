package io.gridprobe.harness.movement;

/** AgentUpdate's ControlFlags: the keys a viewer holds (the public protocol's AGENT_CONTROL_* bits). */
public final class ControlFlags {
    public static final long AT_POS = 0x1;
    public static final long AT_NEG = 0x2;
    public static final long LEFT_POS = 0x4;
    public static final long LEFT_NEG = 0x8;
    public static final long UP_POS = 0x10;
    public static final long UP_NEG = 0x20;
    public static final long FLY = 0x2000;
    public static final long STOP = 0x4000;

    /** The bits that make an avatar move (as opposed to modes like FLY). */
    public static final long MOVING = AT_POS | AT_NEG | LEFT_POS | LEFT_NEG | UP_POS | UP_NEG;

    private ControlFlags() {
    }
}
