package io.gridprobe.harness.inventory;

import io.gridprobe.protocol.wire.AssetType;
import io.gridprobe.protocol.wire.OfferBucket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The binary bucket of a folder offer, as a viewer builds it: the folder (type + id), then every folder and item under
 * it, 17 bytes each. OpenSimulator 0.9.2 copies only the items of the given folder that the bucket lists, so a bucket
 * with the folder alone gives an empty folder. The contents are read from the grid just before the offer.
 */
final class FolderGift {
    /** A viewer refuses to give a folder holding more than this many folders and items (its MAX_ITEMS). */
    static final int MAX_ENTRIES = 42;

    private record Tree(List<UUID> folders, List<InventoryItem> items) {
    }

    private FolderGift() {
    }

    /** The bucket for giving this folder, after reading what it holds (every level). */
    static CompletableFuture<byte[]> bucket(InventoryFetch fetch, InventoryFolder folder) {
        return descendants(fetch, folder.folderId()).thenApply(tree -> {
            int entries = tree.folders().size() + tree.items().size();
            if (entries > MAX_ENTRIES) {
                throw new InventoryException("folder '" + folder.name() + "' holds " + entries
                        + " folders and items; a viewer gives at most " + MAX_ENTRIES + " at once");
            }
            ByteBuffer b = ByteBuffer.allocate(OfferBucket.ENTRY_BYTES * (1 + entries));
            put(b, AssetType.FOLDER, folder.folderId());
            tree.folders().forEach(id -> put(b, AssetType.FOLDER, id));
            tree.items().forEach(i -> put(b, i.assetType(), i.itemId()));
            return b.array();
        });
    }

    private static CompletableFuture<Tree> descendants(InventoryFetch fetch, UUID folderId) {
        return fetch.folder(folderId).thenCompose(contents -> {
            Tree here = new Tree(new ArrayList<>(), new ArrayList<>(contents.items()));
            CompletableFuture<Tree> all = CompletableFuture.completedFuture(here);
            for (InventoryFolder sub : contents.folders()) {
                all = all.thenCompose(t -> descendants(fetch, sub.folderId()).thenApply(s -> {
                    t.folders().add(sub.folderId());
                    t.folders().addAll(s.folders());
                    t.items().addAll(s.items());
                    return t;
                }));
            }
            return all;
        });
    }

    private static void put(ByteBuffer b, int assetType, UUID id) {
        b.put((byte) assetType).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
    }
}
