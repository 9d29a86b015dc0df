package io.gridprobe.harness.inventory;

import io.gridprobe.protocol.wire.PermissionMasks;
import io.gridprobe.protocol.llsd.LlsdBinaryFields;
import io.gridprobe.protocol.packet.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads inventory from what grids send, tolerating their differences: OpenSim writes zero as an empty
 * {@code <integer />} or {@code <uuid />}, masks come as integers from the capabilities and as big-endian binary in
 * BulkUpdateInventory events, Second Life adds keys OpenSim lacks. A missing value reads as zero or empty, never as a
 * failure; only a missing id fails (an item without an id is no item).
 */
final class InventoryParsing {
    private static final UUID ZERO = new UUID(0, 0);

    private InventoryParsing() {
    }

    /** An item map of FetchInventory2 / FetchInventoryDescendents2 ({@code item_id}, {@code permissions}, ...). */
    static InventoryItem capItem(Map<?, ?> m) {
        Map<?, ?> p = m.get("permissions") instanceof Map<?, ?> pm ? pm : Map.of();
        Map<?, ?> sale = m.get("sale_info") instanceof Map<?, ?> sm ? sm : Map.of();
        UUID owner = uuid(p.get("owner_id"));
        return new InventoryItem(requireId(m, "item_id"), uuid(m.get("parent_id")), owner, uuid(p.get("creator_id")),
                uuid(m.get("asset_id")), string(m.get("name")), string(m.get("desc")), num(m.get("type")),
                num(m.get("inv_type")),
                new PermissionMasks(num(p.get("base_mask")), num(p.get("owner_mask")), num(p.get("group_mask")),
                        num(p.get("everyone_mask")), num(p.get("next_owner_mask"))),
                num(m.get("flags")), num(sale.get("sale_type")), num(sale.get("sale_price")),
                Integer.toUnsignedLong(num(m.get("created_at"))));
    }

    /** A category of a FetchInventoryDescendents2 answer (or an AIS-style one with {@code folder_id}). */
    static InventoryFolder capCategory(Map<?, ?> m) {
        UUID id = m.containsKey("category_id") ? requireId(m, "category_id") : requireId(m, "folder_id");
        Object type = m.containsKey("type_default") ? m.get("type_default") : m.get("type");
        return new InventoryFolder(id, uuid(m.get("parent_id")), string(m.get("name")),
                type == null ? InventoryFolder.USER_FOLDER : num(type), num(m.get("version")));
    }

    /** One folder entry of a FetchInventoryDescendents2 answer. */
    static FolderContents capFolder(Map<?, ?> m) {
        List<InventoryFolder> folders = new ArrayList<>();
        if (m.get("categories") instanceof List<?> cats) {
            for (Object c : cats) {
                if (c instanceof Map<?, ?> cm) {
                    folders.add(capCategory(cm));
                }
            }
        }
        List<InventoryItem> items = new ArrayList<>();
        if (m.get("items") instanceof List<?> its) {
            for (Object i : its) {
                if (i instanceof Map<?, ?> im) {
                    items.add(capItem(im));
                }
            }
        }
        UUID owner = m.containsKey("owner_id") ? uuid(m.get("owner_id")) : uuid(m.get("agent_id"));
        int descendents = m.containsKey("descendents") ? num(m.get("descendents")) : folders.size() + items.size();
        return new FolderContents(requireId(m, "folder_id"), owner, num(m.get("version")), descendents, folders, items,
                "FetchInventoryDescendents2");
    }

    /** An ItemData entry of a BulkUpdateInventory event (masks as big-endian binary or integers). */
    static InventoryItem bulkItem(Map<?, ?> m) {
        return new InventoryItem(requireId(m, "ItemID"), uuid(m.get("FolderID")), uuid(m.get("OwnerID")),
                uuid(m.get("CreatorID")), uuid(m.get("AssetID")), string(m.get("Name")), string(m.get("Description")),
                num(m.get("Type")), num(m.get("InvType")),
                new PermissionMasks(num(m.get("BaseMask")), num(m.get("OwnerMask")), num(m.get("GroupMask")),
                        num(m.get("EveryoneMask")), num(m.get("NextOwnerMask"))),
                num(m.get("Flags")), num(m.get("SaleType")), num(m.get("SalePrice")),
                Integer.toUnsignedLong(num(m.get("CreationDate"))));
    }

    static InventoryFolder bulkFolder(Map<?, ?> m) {
        return new InventoryFolder(requireId(m, "FolderID"), uuid(m.get("ParentID")), string(m.get("Name")),
                num(m.get("Type")), 0);
    }

    /** An item block of UpdateCreateInventoryItem, InventoryDescendents, FetchInventoryReply or BulkUpdateInventory. */
    static InventoryItem block(Block b) {
        return new InventoryItem(b.uuid("ItemID"), b.uuid("FolderID"), b.uuid("OwnerID"), b.uuid("CreatorID"),
                b.uuid("AssetID"), b.string("Name"), b.string("Description"), b.s8("Type"), b.s8("InvType"),
                new PermissionMasks((int) b.u32("BaseMask"), (int) b.u32("OwnerMask"), (int) b.u32("GroupMask"),
                        (int) b.u32("EveryoneMask"), (int) b.u32("NextOwnerMask")),
                (int) b.u32("Flags"), b.u8("SaleType"), b.s32("SalePrice"), Integer.toUnsignedLong(b.s32("CreationDate")));
    }

    /** A FolderData block (InventoryDescendents, BulkUpdateInventory). */
    static InventoryFolder folderBlock(Block b) {
        return new InventoryFolder(b.uuid("FolderID"), b.uuid("ParentID"), b.string("Name"), b.s8("Type"), 0);
    }

    static boolean isZero(UUID id) {
        return id == null || id.equals(ZERO);
    }

    /** An LLSD number in any of the forms grids use: integer, real, binary (big-endian), numeric string, undef. */
    static int num(Object v) {
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Double d) {
            return (int) d.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof byte[] bytes) {
            return bytes.length == 4 ? (int) LlsdBinaryFields.u32(bytes) : bytes.length == 0 ? 0 : bigEndian(bytes);
        }
        if (v instanceof String s && !s.isBlank()) {
            try {
                return (int) Long.parseLong(s.strip());
            } catch (NumberFormatException notANumber) {
                return 0;
            }
        }
        return 0;
    }

    private static int bigEndian(byte[] b) {
        long v = 0;
        for (byte x : b) {
            v = (v << 8) | (x & 0xFF);
        }
        return (int) v;
    }

    static UUID uuid(Object v) {
        if (v instanceof UUID u) {
            return u;
        }
        if (v instanceof String s && !s.isBlank()) {
            try {
                return UUID.fromString(s.strip());
            } catch (IllegalArgumentException notAUuid) {
                return ZERO;
            }
        }
        return ZERO;
    }

    static String string(Object v) {
        return v == null ? "" : v instanceof String s ? s : String.valueOf(v);
    }

    private static UUID requireId(Map<?, ?> m, String key) {
        UUID id = uuid(m.get(key));
        if (isZero(id) && !m.containsKey(key)) {
            throw new InventoryException("inventory entry without " + key + ": keys " + m.keySet());
        }
        return id;
    }
}
