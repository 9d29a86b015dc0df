package io.gridprobe.harness.inventory;

import io.gridprobe.harness.events.AwaitTimeoutException;
import io.gridprobe.protocol.bus.Subscription;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.llsd.Llsd;
import io.gridprobe.protocol.packet.Block;
import io.gridprobe.protocol.packet.Message;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reading inventory: by capability where the region grants it (FetchInventoryDescendents2, FetchInventory2), over UDP
 * where it does not (FetchInventoryDescendents → InventoryDescendents, FetchInventory → FetchInventoryReply), saying in
 * the trace which way it went.
 */
final class InventoryFetch {
    static final String FETCH_DESCENDENTS_CAP = "FetchInventoryDescendents2";
    static final String FETCH_ITEMS_CAP = "FetchInventory2";

    private final InventoryContext ctx;
    /** Fallback notes are written once per route, not once per fetch. */
    private final Set<String> noted = ConcurrentHashMap.newKeySet();

    InventoryFetch(InventoryContext ctx) {
        this.ctx = ctx;
    }

    CompletableFuture<FolderContents> folder(UUID folderId) {
        Optional<URI> cap = ctx.cap(FETCH_DESCENDENTS_CAP);
        if (cap.isEmpty()) {
            noteOnce("udp-folders", "the region grants no " + FETCH_DESCENDENTS_CAP
                    + ": reading folders over UDP (FetchInventoryDescendents)");
            return folderOverUdp(folderId);
        }
        Map<String, Object> request = Llsd.mapOf("folders", Llsd.arrayOf(Llsd.mapOf("folder_id", folderId,
                "owner_id", ctx.agent.id(), "fetch_folders", true, "fetch_items", true, "sort_order", 0)));
        return ctx.capsClient().postLlsd(FETCH_DESCENDENTS_CAP, cap.get(), request).thenApply(reply -> {
            Map<?, ?> m = reply instanceof Map<?, ?> mm ? mm : Map.of();
            if (m.get("folders") instanceof List<?> folders) {
                for (Object f : folders) {
                    if (f instanceof Map<?, ?> fm && folderId.equals(InventoryParsing.uuid(fm.get("folder_id")))) {
                        return InventoryParsing.capFolder(fm);
                    }
                }
            }
            throw new InventoryException(FETCH_DESCENDENTS_CAP + " did not list folder " + folderId
                    + (m.containsKey("bad_folders") ? "; it reported bad folders " + m.get("bad_folders")
                    : "; it answered " + Llsd.typeName(reply) + " with keys " + m.keySet()));
        });
    }

    /**
     * Sends FetchInventoryDescendents and gathers InventoryDescendents datagrams for the folder until they hold as
     * many entries as their Descendents count (a grid splits a big folder over several datagrams; empty sections
     * carry one all-zero placeholder block, skipped here).
     */
    CompletableFuture<FolderContents> folderOverUdp(UUID folderId) {
        CompletableFuture<FolderContents> result = new CompletableFuture<>();
        Map<UUID, InventoryFolder> folders = new LinkedHashMap<>();
        Map<UUID, InventoryItem> items = new LinkedHashMap<>();
        Subscription sub = ctx.agent.messages().subscribe("InventoryDescendents", UdpMessage.class, um -> {
            Message m = um.message();
            Block ad = m.block("AgentData");
            if (!ad.uuid("FolderID").equals(folderId)) {
                return;
            }
            synchronized (folders) {
                for (Block b : m.blocks("FolderData")) {
                    if (!InventoryParsing.isZero(b.uuid("FolderID"))) {
                        folders.put(b.uuid("FolderID"), InventoryParsing.folderBlock(b));
                    }
                }
                for (Block b : m.blocks("ItemData")) {
                    if (!InventoryParsing.isZero(b.uuid("ItemID"))) {
                        items.put(b.uuid("ItemID"), InventoryParsing.block(b));
                    }
                }
                int descendents = ad.s32("Descendents");
                if (folders.size() + items.size() >= descendents) {
                    result.complete(new FolderContents(folderId, ad.uuid("OwnerID"), ad.s32("Version"), descendents,
                            new ArrayList<>(folders.values()), new ArrayList<>(items.values()),
                            "FetchInventoryDescendents"));
                }
            }
        });
        ctx.agent.sendReliable(ctx.agent.message("FetchInventoryDescendents").block("InventoryData")
                .set("FolderID", folderId).set("OwnerID", ctx.agent.id()).set("SortOrder", 0)
                .set("FetchFolders", true).set("FetchItems", true).build());
        return result.orTimeout(ctx.timeout().toMillis(), TimeUnit.MILLISECONDS).handle((v, e) -> {
            sub.close();
            if (e instanceof TimeoutException) {
                synchronized (folders) {
                    throw new AwaitTimeoutException(ctx.agent.role(), "complete InventoryDescendents for folder "
                            + folderId, ctx.timeout(), List.of(folders.size() + " folders and " + items.size()
                            + " items arrived"));
                }
            }
            if (e != null) {
                throw new InventoryException("fetching folder " + folderId + " over UDP failed", InventoryWaits.unwrap(e));
            }
            return v;
        });
    }

    /** The items the grid found among these ids (unknown ones are left out). */
    CompletableFuture<List<InventoryItem>> items(Collection<UUID> ids) {
        Optional<URI> cap = ctx.cap(FETCH_ITEMS_CAP);
        if (cap.isEmpty()) {
            noteOnce("udp-items", "the region grants no " + FETCH_ITEMS_CAP + ": reading items over UDP (FetchInventory)");
            return itemsOverUdp(ids);
        }
        List<Object> wanted = new ArrayList<>();
        for (UUID id : ids) {
            wanted.add(Llsd.mapOf("item_id", id, "owner_id", ctx.agent.id()));
        }
        Map<String, Object> request = Llsd.mapOf("agent_id", ctx.agent.id(), "items", wanted);
        return ctx.capsClient().postLlsd(FETCH_ITEMS_CAP, cap.get(), request).thenApply(reply -> {
            List<InventoryItem> out = new ArrayList<>();
            if (reply instanceof Map<?, ?> m && m.get("items") instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Map<?, ?> im) {
                        out.add(InventoryParsing.capItem(im));
                    }
                }
            }
            return out;
        });
    }

    /**
     * FetchInventory over UDP: the grid answers found items in FetchInventoryReply datagrams and says nothing about
     * the others, so this completes when all arrived or, with what arrived, when the timeout is up.
     */
    private CompletableFuture<List<InventoryItem>> itemsOverUdp(Collection<UUID> ids) {
        Set<UUID> wanted = Set.copyOf(ids);
        Map<UUID, InventoryItem> found = new ConcurrentHashMap<>();
        CompletableFuture<Void> all = new CompletableFuture<>();
        Subscription sub = ctx.agent.messages().subscribe("FetchInventoryReply", UdpMessage.class, um -> {
            for (Block b : um.message().blocks("InventoryData")) {
                if (wanted.contains(b.uuid("ItemID"))) {
                    found.put(b.uuid("ItemID"), InventoryParsing.block(b));
                }
            }
            if (found.keySet().containsAll(wanted)) {
                all.complete(null);
            }
        });
        var msg = ctx.agent.message("FetchInventory");
        for (UUID id : wanted) {
            msg.block("InventoryData").set("OwnerID", ctx.agent.id()).set("ItemID", id);
        }
        ctx.agent.sendReliable(msg.build());
        return all.completeOnTimeout(null, ctx.timeout().toMillis(), TimeUnit.MILLISECONDS).handle((v, e) -> {
            sub.close();
            List<InventoryItem> out = new ArrayList<>();
            for (UUID id : ids) {
                InventoryItem i = found.get(id);
                if (i != null) {
                    out.add(i);
                }
            }
            return out;
        });
    }

    private void noteOnce(String key, String text) {
        if (noted.add(key)) {
            ctx.note(text);
        }
    }
}
