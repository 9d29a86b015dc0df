package io.gridprobe.protocol.wire;

/**
 * A float in a known range as an unsigned 16-bit fraction of it: how terse object updates carry velocity,
 * acceleration, rotation and angular velocity. Packing truncates, as OpenSimulator does (so 0 in [-r, r] is
 * 0x7fff); a value outside the range is clamped, and a non-finite one packs as the middle.
 */
public final class PackedFloat {
    private static final float MAX = 65535f;

    private PackedFloat() {
    }

    /** {@code v} as a U16 (0..65535) fraction of [lower, upper]. */
    public static int pack(float v, float lower, float upper) {
        float c = !Float.isFinite(v) ? (lower + upper) / 2 : Math.max(lower, Math.min(upper, v));
        int u = (int) ((c - lower) / (upper - lower) * MAX);
        return Math.max(0, Math.min(0xFFFF, u));
    }

    /** The float a U16 (read unsigned) stands for in [lower, upper]. */
    public static float unpack(int u16, float lower, float upper) {
        return lower + (upper - lower) * (u16 & 0xFFFF) / MAX;
    }
}
