package io.gridprobe.protocol.wire;

/** ObjectUpdate's UpdateFlags (the viewer's PrimFlags): what the receiving agent may do with an object. */
public final class PrimFlags {
    /** Freshly made and to be shown selected; ObjectAdd carries the same bit in its AddFlags. */
    public static final int CREATE_SELECTED = 0x2;
    public static final int MODIFY = 0x4;
    public static final int COPY = 0x8;
    public static final int ANY_OWNER = 0x10;
    public static final int YOU_OWNER = 0x20;
    public static final int MOVE = 0x100;
    public static final int INVENTORY_EMPTY = 0x800;
    public static final int TRANSFER = 0x20000;
    public static final int OWNER_MODIFY = 0x10000000;

    private PrimFlags() {
    }
}
