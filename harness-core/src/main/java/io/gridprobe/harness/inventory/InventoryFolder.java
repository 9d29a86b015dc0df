package io.gridprobe.harness.inventory;

import java.util.UUID;

/**
 * An inventory folder: the login skeleton's entries, a folder fetch's categories, a created folder.
 *
 * @param typeDefault the system folder type ({@link SystemFolder}), or -1 for a folder the user made
 * @param version     bumped by the grid on every change to the folder's contents (0 when not reported)
 */
public record InventoryFolder(UUID folderId, UUID parentId, String name, int typeDefault, int version) {
    public static final int USER_FOLDER = -1;

    public boolean isSystemFolder() {
        return typeDefault != USER_FOLDER;
    }
}
