package io.gridprobe.protocol.wire;

/**
 * The BinaryBucket of an inventory offer (ImprovedInstantMessage dialog 4): one entry of an asset type byte and a
 * UUID for an item; for a folder, the folder's entry first, then one per folder and item inside it.
 */
public final class OfferBucket {
    public static final int ENTRY_BYTES = 17;

    private OfferBucket() {
    }
}
