package io.gridprobe.harness.objects;

import io.gridprobe.protocol.wire.PermissionMasks;
import java.util.UUID;

/**
 * An object item in an agent's inventory, as the grid described it (UpdateCreateInventoryItem after a take), with
 * everything {@code RezObject} repeats back to the grid.
 *
 * @param type          asset type (6 for an object)
 * @param inventoryType inventory type (6 for an object)
 * @param creationDate  seconds since the epoch
 */
public record InventoryObject(UUID itemId, UUID folderId, UUID assetId, UUID creatorId, UUID ownerId, UUID groupId,
                              PermissionMasks masks, int type, int inventoryType, long flags, int saleType,
                              int salePrice, String name, String description, long creationDate) {

    @Override
    public String toString() {
        return "item '" + name + "' " + itemId + " in folder " + folderId + " (" + masks + ", flags 0x"
                + Long.toHexString(flags) + ")";
    }
}
