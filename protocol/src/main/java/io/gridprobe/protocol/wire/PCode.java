package io.gridprobe.protocol.wire;

/** ObjectUpdate's PCode: what kind of object it is. */
public final class PCode {
    public static final int PRIM = 9;
    public static final int AVATAR = 47;

    private PCode() {
    }
}
