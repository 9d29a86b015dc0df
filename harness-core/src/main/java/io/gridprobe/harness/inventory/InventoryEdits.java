package io.gridprobe.harness.inventory;

import io.gridprobe.protocol.wire.PermissionMasks;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.llsd.Llsd;
import io.gridprobe.protocol.packet.Block;
import io.gridprobe.protocol.wire.PermissionBits;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Changing inventory the way the grid allows: folders by the CreateInventoryCategory capability (OpenSim, Second
 * Life), else by AIS3 (InventoryAPIv3, Second Life), else by UDP CreateInventoryFolder read back with a fetch; items by
 * CreateInventoryItem answered with UpdateCreateInventoryItem (matched by CallbackID); permissions by
 * UpdateInventoryItem, which no grid answers, read back with FetchInventory2.
 */
final class InventoryEdits {
    static final String CREATE_CATEGORY_CAP = "CreateInventoryCategory";
    static final String AIS3_CAP = "InventoryAPIv3";

    private final InventoryContext ctx;
    private final InventoryFetch fetch;
    /** CallbackIDs of this agent's CreateInventoryItem requests: start anywhere, count up. */
    private final AtomicLong callbacks = new AtomicLong(1 + (System.nanoTime() & 0xFFFF));

    InventoryEdits(InventoryContext ctx, InventoryFetch fetch) {
        this.ctx = ctx;
        this.fetch = fetch;
    }

    CompletableFuture<InventoryFolder> createFolder(UUID parent, String name) {
        UUID id = UUID.randomUUID();
        Optional<URI> category = ctx.cap(CREATE_CATEGORY_CAP);
        if (category.isPresent()) {
            ctx.note("creating folder '" + name + "' with the " + CREATE_CATEGORY_CAP + " capability");
            Map<String, Object> req = Llsd.mapOf("folder_id", id, "parent_id", parent, "name", name, "type",
                    InventoryFolder.USER_FOLDER);
            return ctx.capsClient().postLlsd(CREATE_CATEGORY_CAP, category.get(), req).thenApply(reply -> {
                if (!(reply instanceof Map<?, ?> m) || !m.containsKey("folder_id")) {
                    throw new InventoryException(CREATE_CATEGORY_CAP + " did not create folder '" + name + "': it answered "
                            + Llsd.typeName(reply) + (reply instanceof Map<?, ?> mm ? " " + mm.keySet() : ""));
                }
                return InventoryParsing.capCategory(m);
            });
        }
        Optional<URI> ais = ctx.cap(AIS3_CAP);
        if (ais.isPresent()) {
            ctx.note("creating folder '" + name + "' with AIS3 (" + AIS3_CAP + "); the region grants no "
                    + CREATE_CATEGORY_CAP);
            URI uri = URI.create(ais.get().toString().replaceAll("/+$", "") + "/category/" + parent + "?tid="
                    + UUID.randomUUID());
            Map<String, Object> req = Llsd.mapOf("categories", Llsd.arrayOf(Llsd.mapOf("name", name,
                    "type_default", InventoryFolder.USER_FOLDER, "parent_id", parent)));
            return ctx.capsClient().postLlsd(AIS3_CAP, uri, req).thenApply(reply -> {
                if (reply instanceof Map<?, ?> m && m.get("_created_categories") instanceof List<?> created
                        && !created.isEmpty()) {
                    return new InventoryFolder(InventoryParsing.uuid(created.get(0)), parent, name,
                            InventoryFolder.USER_FOLDER, 1);
                }
                throw new InventoryException("AIS3 did not report a created category for '" + name + "'");
            });
        }
        ctx.note("creating folder '" + name + "' over UDP (CreateInventoryFolder): the region grants neither "
                + CREATE_CATEGORY_CAP + " nor " + AIS3_CAP + "; reading the parent back to see it");
        ctx.agent.sendReliable(ctx.agent.message("CreateInventoryFolder").block("FolderData").set("FolderID", id)
                .set("ParentID", parent).set("Type", InventoryFolder.USER_FOLDER).set("Name", name).build());
        return InventoryWaits.until(() -> fetch.folder(parent), c -> c.folder(id).isPresent(), ctx.timeout(),
                "folder '" + name + "' (" + id + ") did not appear in " + parent + " after CreateInventoryFolder")
                .thenApply(c -> c.folder(id).orElseThrow());
    }

    /** CreateInventoryItem; the answer is the UpdateCreateInventoryItem with this request's CallbackID. */
    CompletableFuture<InventoryItem> createItem(UUID folder, String name, String description, int assetType,
                                                int inventoryType, int nextOwnerMask) {
        long callback = callbacks.incrementAndGet() & 0xFFFF_FFFFL;
        CompletableFuture<UdpMessage> answer = ctx.agent.waitForMessage("UpdateCreateInventoryItem",
                m -> m.message().blockCount("InventoryData") > 0
                        && m.message().block("InventoryData").u32("CallbackID") == callback,
                ctx.rawTimeout());
        ctx.agent.sendReliable(ctx.agent.message("CreateInventoryItem").block("InventoryBlock")
                .set("CallbackID", callback).set("FolderID", folder).set("TransactionID", new UUID(0, 0))
                .set("NextOwnerMask", Integer.toUnsignedLong(nextOwnerMask)).set("Type", assetType)
                .set("InvType", inventoryType).set("WearableType", 0).set("Name", name)
                .set("Description", description).build());
        return answer.thenApply(m -> {
            Block ad = m.message().block("AgentData");
            if (!ad.bool("SimApproved")) {
                throw new InventoryException("the grid did not approve creating '" + name + "'");
            }
            return InventoryParsing.block(m.message().block("InventoryData"));
        });
    }

    /**
     * UpdateInventoryItem with new next-owner, everyone and group masks (owner and base are the grid's to decide), then
     * FetchInventory2 until the grid shows the new next-owner mask (within the item's base, as grids clip it).
     */
    CompletableFuture<InventoryItem> setPermissions(InventoryItem item, int nextOwner, int everyone, int group) {
        PermissionMasks p = item.permissions();
        ctx.agent.sendReliable(ctx.agent.message("UpdateInventoryItem").set("TransactionID", new UUID(0, 0))
                .block("InventoryData").set("ItemID", item.itemId()).set("FolderID", item.folderId())
                .set("CallbackID", 0L).set("CreatorID", item.creatorId()).set("OwnerID", item.ownerId())
                .set("GroupID", new UUID(0, 0)).set("BaseMask", Integer.toUnsignedLong(p.base()))
                .set("OwnerMask", Integer.toUnsignedLong(p.owner())).set("GroupMask", Integer.toUnsignedLong(group))
                .set("EveryoneMask", Integer.toUnsignedLong(everyone))
                .set("NextOwnerMask", Integer.toUnsignedLong(nextOwner)).set("GroupOwned", false)
                .set("TransactionID", new UUID(0, 0)).set("Type", item.assetType()).set("InvType", item.inventoryType())
                .set("Flags", Integer.toUnsignedLong(item.flags())).set("SaleType", item.saleType())
                .set("SalePrice", item.salePrice()).set("Name", item.name()).set("Description", item.description())
                .set("CreationDate", (int) item.createdEpoch()).set("CRC", 0L).build());
        int relevant = PermissionBits.MOVE | PermissionBits.COPY_MODIFY_TRANSFER;
        int expected = nextOwner & p.base() & relevant;
        return InventoryWaits.until(() -> fetch.items(List.of(item.itemId())),
                        found -> found.size() == 1 && (found.get(0).permissions().nextOwner() & relevant) == expected,
                        ctx.timeout(), "the grid did not show next-owner mask " + PermissionMasks.describe(expected)
                                + " on " + item.describe() + " after UpdateInventoryItem")
                .thenApply(found -> found.get(0));
    }

    /** MoveInventoryItem (a viewer's drag), read back until the item is in the folder. */
    CompletableFuture<InventoryItem> moveItem(UUID itemId, UUID folder) {
        ctx.agent.sendReliable(ctx.agent.message("MoveInventoryItem").set("Stamp", false).block("InventoryData")
                .set("ItemID", itemId).set("FolderID", folder).set("NewName", "").build());
        return InventoryWaits.until(() -> fetch.items(List.of(itemId)),
                        found -> found.size() == 1 && found.get(0).folderId().equals(folder), ctx.timeout(),
                        "item " + itemId + " did not move to folder " + folder)
                .thenApply(found -> found.get(0));
    }

    /** MoveInventoryFolder, read back until the folder is under its new parent. */
    CompletableFuture<FolderContents> moveFolder(UUID folderId, UUID parent) {
        ctx.agent.sendReliable(ctx.agent.message("MoveInventoryFolder").set("Stamp", false).block("InventoryData")
                .set("FolderID", folderId).set("ParentID", parent).build());
        return InventoryWaits.until(() -> fetch.folder(parent), c -> c.folder(folderId).isPresent(), ctx.timeout(),
                "folder " + folderId + " did not move under " + parent);
    }

    /**
     * Deletes as a viewer does, and reads back until the grid shows them gone: folders go to the Trash first (OpenSim
     * deletes only folders whose parent is the Trash or Lost And Found, and silently keeps any other), then one
     * RemoveInventoryObjects for everything.
     */
    CompletableFuture<Void> delete(List<UUID> items, List<UUID> folders, UUID trash) {
        CompletableFuture<?> inTrash = CompletableFuture.completedFuture(null);
        for (UUID f : folders) {
            inTrash = inTrash.thenCompose(x -> fetch.folder(trash)).thenCompose(t -> t.folder(f).isPresent()
                    ? CompletableFuture.completedFuture(t) : moveFolder(f, trash));
        }
        return inTrash.thenCompose(x -> {
            remove(items, folders);
            CompletableFuture<?> foldersGone = folders.isEmpty() ? CompletableFuture.completedFuture(null)
                    : InventoryWaits.until(() -> fetch.folder(trash), t -> folders.stream().noneMatch(f -> t.folder(f).isPresent()),
                            ctx.timeout(), "folders " + folders + " still in the Trash after RemoveInventoryObjects");
            CompletableFuture<?> itemsGone = items.isEmpty() ? CompletableFuture.completedFuture(null)
                    : InventoryWaits.until(() -> fetch.items(items), List::isEmpty, ctx.timeout(),
                            "items " + items + " still there after RemoveInventoryObjects");
            return CompletableFuture.allOf(foldersGone, itemsGone);
        });
    }

    /** RemoveInventoryObjects for these items and folders (nothing is answered; read back to see). */
    void remove(List<UUID> items, List<UUID> folders) {
        var m = ctx.agent.message("RemoveInventoryObjects");
        for (UUID f : folders) {
            m.block("FolderData").set("FolderID", f);
        }
        for (UUID i : items) {
            m.block("ItemData").set("ItemID", i);
        }
        ctx.agent.sendReliable(m.build());
    }
}
