package io.gridprobe.harness.inventory;

import io.gridprobe.protocol.login.LoginSuccess;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The inventory's folder tree as the login response gave it ({@code inventory-root}, {@code inventory-skeleton}):
 * the root and the system folders by type. Folders made later are not in it; fetch them.
 */
public final class InventorySkeleton {
    private static final UUID ZERO = new UUID(0, 0);

    private final UUID root;
    private final List<InventoryFolder> folders;

    InventorySkeleton(UUID root, List<InventoryFolder> folders) {
        this.root = root;
        this.folders = List.copyOf(folders);
    }

    static InventorySkeleton from(LoginSuccess login) {
        List<InventoryFolder> folders = login.inventorySkeleton().stream()
                .map(f -> new InventoryFolder(f.folderId(), f.parentId(), f.name(), f.typeDefault(), f.version()))
                .toList();
        UUID root = login.inventoryRoot();
        if (root == null) {
            root = folders.stream().filter(f -> f.parentId().equals(ZERO)).map(InventoryFolder::folderId).findFirst()
                    .orElse(null);
        }
        return new InventorySkeleton(root, folders);
    }

    /** The root folder ("My Inventory"); empty when the login response did not say. */
    public Optional<UUID> root() {
        return Optional.ofNullable(root);
    }

    public UUID requireRoot() {
        if (root == null) {
            throw new InventoryException("the login response named no inventory root (inventory-root, or a "
                    + "parentless folder in inventory-skeleton)");
        }
        return root;
    }

    public List<InventoryFolder> folders() {
        return folders;
    }

    /** The top-level system folder of that type (a child of the root), e.g. Trash or Notecards. */
    public Optional<InventoryFolder> systemFolder(SystemFolder type) {
        if (type == SystemFolder.ROOT) {
            return folders.stream().filter(f -> f.folderId().equals(root)).findFirst();
        }
        return folders.stream().filter(f -> f.parentId().equals(root) && f.typeDefault() == type.typeDefault())
                .findFirst();
    }

    /** {@link #systemFolder} or a clear failure naming what the skeleton has. */
    public UUID require(SystemFolder type) {
        return systemFolder(type).map(InventoryFolder::folderId).orElseThrow(() -> new InventoryException(
                "the login skeleton has no " + type + " folder (type " + type.typeDefault() + "); it lists "
                        + folders.stream().map(f -> f.name() + "/" + f.typeDefault()).toList()));
    }

    public Optional<InventoryFolder> folder(UUID id) {
        return folders.stream().filter(f -> f.folderId().equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return "InventorySkeleton[root " + root + ", " + folders.size() + " folders]";
    }
}
