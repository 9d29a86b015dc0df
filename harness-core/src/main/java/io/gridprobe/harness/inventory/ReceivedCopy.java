package io.gridprobe.harness.inventory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Where the grid keeps an offered copy, read from the grid: an item's folder from FetchInventory; a folder's parent
 * from the grid's BulkUpdateInventory about it, else among the folder the answer named and the root. The result is
 * the holding folder's contents, which must list the copy.
 */
final class ReceivedCopy {
    private ReceivedCopy() {
    }

    static CompletableFuture<FolderContents> holder(InventoryContext ctx, InventoryFetch fetch, InventoryOffered offer,
                                                     UUID folderNamed, UUID root) {
        if (!offer.isFolder()) {
            return fetch.items(List.of(offer.itemId())).thenCompose(items -> {
                if (items.isEmpty()) {
                    throw new InventoryException("the offered '" + offer.name() + "' (" + offer.itemId()
                            + ") is not in this agent's inventory: FetchInventory does not list it");
                }
                return lookIn(fetch, offer, List.of(items.get(0).folderId()));
            });
        }
        Set<UUID> candidates = new LinkedHashSet<>();
        ctx.agent.events().all(InventoryFolderUpdated.class).stream()
                .filter(u -> u.folder().folderId().equals(offer.itemId()))
                .reduce((a, b) -> b).ifPresent(u -> candidates.add(u.folder().parentId()));
        candidates.add(folderNamed);
        candidates.add(root);
        return lookIn(fetch, offer, List.copyOf(candidates));
    }

    private static CompletableFuture<FolderContents> lookIn(InventoryFetch fetch, InventoryOffered offer,
                                                           List<UUID> folders) {
        CompletableFuture<FolderContents> found = CompletableFuture.completedFuture(null);
        for (UUID folder : folders) {
            found = found.thenCompose(hit -> hit != null ? CompletableFuture.completedFuture(hit)
                    : fetch.folder(folder).thenApply(c -> c.contains(offer.itemId()) ? c : null));
        }
        return found.thenApply(hit -> {
            if (hit == null) {
                throw new InventoryException("the offered '" + offer.name() + "' (" + offer.itemId()
                        + ") is in none of the folders " + folders + " as the grid lists them");
            }
            return hit;
        });
    }
}
