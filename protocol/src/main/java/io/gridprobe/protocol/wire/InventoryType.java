package io.gridprobe.protocol.wire;

/** Inventory type numbers (an item's InvType), which differ from the asset type for wearables, gestures and more. */
public final class InventoryType {
    /** The InvType of a placeholder or unknown entry. */
    public static final int NONE = -1;
    public static final int TEXTURE = 0;
    public static final int SOUND = 1;
    public static final int CALLING_CARD = 2;
    public static final int LANDMARK = 3;
    public static final int OBJECT = 6;
    public static final int NOTECARD = 7;
    public static final int LSL = 10;
    /** Clothing and body parts alike. */
    public static final int WEARABLE = 18;

    private InventoryType() {
    }
}
