package io.gridprobe.protocol.wire;

/** MultipleObjectUpdate's Type bits: what the Data bytes hold, and whether they apply to the whole linkset. */
public final class ObjectUpdateType {
    public static final int POSITION = 0x01;
    public static final int ROTATION = 0x02;
    public static final int SCALE = 0x04;
    public static final int LINKSET = 0x08;

    private ObjectUpdateType() {
    }
}
