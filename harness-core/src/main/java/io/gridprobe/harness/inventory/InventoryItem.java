package io.gridprobe.harness.inventory;

import io.gridprobe.protocol.wire.PermissionMasks;
import io.gridprobe.protocol.wire.AssetType;
import java.util.UUID;

/**
 * An inventory item as the grid reported it (FetchInventory2, a folder fetch, UpdateCreateInventoryItem or
 * BulkUpdateInventory). A snapshot: fetch again to see changes.
 *
 * @param assetType     {@link AssetType} number (7 notecard, 10 script, 6 object, ...)
 * @param inventoryType inventory type number (7 notecard, 10 script, 6 object, ...)
 * @param createdEpoch  creation time, seconds since the epoch
 */
public record InventoryItem(UUID itemId, UUID folderId, UUID ownerId, UUID creatorId, UUID assetId, String name,
                            String description, int assetType, int inventoryType, PermissionMasks permissions, int flags,
                            int saleType, int salePrice, long createdEpoch) {
    public InventoryItem withFolder(UUID folder) {
        return new InventoryItem(itemId, folder, ownerId, creatorId, assetId, name, description, assetType,
                inventoryType, permissions, flags, saleType, salePrice, createdEpoch);
    }

    public InventoryItem withAsset(UUID asset) {
        return new InventoryItem(itemId, folderId, ownerId, creatorId, asset, name, description, assetType,
                inventoryType, permissions, flags, saleType, salePrice, createdEpoch);
    }

    /** One line for logs and failure messages. */
    public String describe() {
        return "'" + name + "' (" + AssetType.name(assetType) + " " + itemId + " in " + folderId + "; " + permissions + ")";
    }
}
