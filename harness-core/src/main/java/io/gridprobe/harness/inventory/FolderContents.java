package io.gridprobe.harness.inventory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a folder holds, as one fetch saw it.
 *
 * @param descendents the grid's count of subfolders plus items
 * @param via         how it was read: "FetchInventoryDescendents2" (capability) or "FetchInventoryDescendents" (UDP)
 */
public record FolderContents(UUID folderId, UUID ownerId, int version, int descendents, List<InventoryFolder> folders,
                             List<InventoryItem> items, String via) {
    public FolderContents {
        folders = List.copyOf(folders);
        items = List.copyOf(items);
    }

    public Optional<InventoryItem> item(UUID itemId) {
        return items.stream().filter(i -> i.itemId().equals(itemId)).findFirst();
    }

    public Optional<InventoryItem> itemNamed(String name) {
        return items.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    public Optional<InventoryFolder> folder(UUID id) {
        return folders.stream().filter(f -> f.folderId().equals(id)).findFirst();
    }

    public Optional<InventoryFolder> folderNamed(String name) {
        return folders.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public boolean contains(UUID itemOrFolderId) {
        return item(itemOrFolderId).isPresent() || folder(itemOrFolderId).isPresent();
    }
}
