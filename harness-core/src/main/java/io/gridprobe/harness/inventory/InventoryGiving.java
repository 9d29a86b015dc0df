package io.gridprobe.harness.inventory;

import io.gridprobe.harness.events.AwaitTimeoutException;
import io.gridprobe.protocol.bus.EventQueueMessage;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.packet.Block;
import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.protocol.wire.ImDialog;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Giving by instant message (dialog 4 offers, 5 accepts, 6 declines; the only dialogs read here) and the grid's
 * inventory notices (UpdateCreateInventoryItem, BulkUpdateInventory) as typed events. Keeps the last alerts the grid
 * sent, since a refused give is answered only by an alert.
 */
final class InventoryGiving {
    private static final int ALERTS_KEPT = 32;
    private static final UUID ZERO = new UUID(0, 0);

    /** An alert the grid sent this agent (AlertMessage or AgentAlertMessage). */
    record Alert(Instant time, String text) {
    }

    private final InventoryContext ctx;
    private final Deque<Alert> alerts = new ArrayDeque<>();
    private final List<Consumer<Alert>> alertWaiters = new java.util.concurrent.CopyOnWriteArrayList<>();

    InventoryGiving(InventoryContext ctx) {
        this.ctx = ctx;
        var bus = ctx.agent.messages();
        bus.subscribe("ImprovedInstantMessage", UdpMessage.class, m -> onInstantMessage(m.message()));
        bus.subscribe("UpdateCreateInventoryItem", UdpMessage.class, m -> onUpdateCreate(m.message()));
        bus.subscribe("BulkUpdateInventory", UdpMessage.class, m -> onBulkUpdate(m.message()));
        bus.subscribe("BulkUpdateInventory", EventQueueMessage.class, m -> onBulkUpdateEvent(m.body()));
        bus.subscribe("AlertMessage", UdpMessage.class,
                m -> onAlert(m.message().block("AlertData").string("Message")));
        bus.subscribe("AgentAlertMessage", UdpMessage.class,
                m -> onAlert(m.message().block("AlertData").string("Message")));
    }

    // -- what arrives ----------------------------------------------------------------------------------------

    private void onInstantMessage(Message m) {
        Block mb = m.block("MessageBlock");
        int dialog = mb.u8("Dialog");
        if (dialog != ImDialog.INVENTORY_OFFERED && dialog != ImDialog.INVENTORY_ACCEPTED && dialog != ImDialog.INVENTORY_DECLINED) {
            return; // chat, IM and group dialogs are other managers' business
        }
        UUID from = m.block("AgentData").uuid("AgentID");
        String fromName = mb.string("FromAgentName");
        byte[] bucket = mb.bytes("BinaryBucket");
        Instant now = Instant.now();
        switch (dialog) {
            case ImDialog.INVENTORY_OFFERED -> {
                if (bucket.length < 17) {
                    ctx.note("ignored an inventory offer from " + fromName + " with a " + bucket.length
                            + "-byte bucket (needs type + id)");
                    return;
                }
                ctx.agent.events().publish(new InventoryOffered(now, from, fromName, mb.string("Message"),
                        mb.uuid("ID"), bucket[0], uuid(bucket, 1), mb.uuid("RegionID")));
            }
            case ImDialog.INVENTORY_ACCEPTED -> ctx.agent.events().publish(new InventoryOfferAccepted(now, from, fromName, mb.uuid("ID"),
                    bucket.length >= 16 ? uuid(bucket, 0) : ZERO));
            default -> ctx.agent.events().publish(new InventoryOfferDeclined(now, from, fromName, mb.uuid("ID")));
        }
    }

    private void onUpdateCreate(Message m) {
        Instant now = Instant.now();
        for (Block b : m.blocks("InventoryData")) {
            if (!InventoryParsing.isZero(b.uuid("ItemID"))) {
                ctx.agent.events().publish(new InventoryItemUpdated(now, InventoryParsing.block(b),
                        "UpdateCreateInventoryItem", b.u32("CallbackID")));
            }
        }
    }

    private void onBulkUpdate(Message m) {
        Instant now = Instant.now();
        for (Block b : m.blocks("FolderData")) {
            if (!InventoryParsing.isZero(b.uuid("FolderID"))) {
                ctx.agent.events().publish(new InventoryFolderUpdated(now, InventoryParsing.folderBlock(b),
                        "BulkUpdateInventory"));
            }
        }
        for (Block b : m.blocks("ItemData")) {
            if (!InventoryParsing.isZero(b.uuid("ItemID"))) {
                ctx.agent.events().publish(new InventoryItemUpdated(now, InventoryParsing.block(b),
                        "BulkUpdateInventory", b.u32("CallbackID")));
            }
        }
    }

    /** The event-queue form (OpenSim): masks as big-endian binary, empty sections as one zero-id entry. */
    private void onBulkUpdateEvent(Map<String, Object> body) {
        Instant now = Instant.now();
        if (body.get("FolderData") instanceof List<?> folders) {
            for (Object o : folders) {
                if (o instanceof Map<?, ?> f && !InventoryParsing.isZero(InventoryParsing.uuid(f.get("FolderID")))) {
                    ctx.agent.events().publish(new InventoryFolderUpdated(now, InventoryParsing.bulkFolder(f),
                            "BulkUpdateInventory (event queue)"));
                }
            }
        }
        if (body.get("ItemData") instanceof List<?> items) {
            for (Object o : items) {
                if (o instanceof Map<?, ?> i && !InventoryParsing.isZero(InventoryParsing.uuid(i.get("ItemID")))) {
                    ctx.agent.events().publish(new InventoryItemUpdated(now, InventoryParsing.bulkItem(i),
                            "BulkUpdateInventory (event queue)", InventoryParsing.num(i.get("CallbackID"))));
                }
            }
        }
    }

    private void onAlert(String text) {
        Alert a = new Alert(Instant.now(), text);
        synchronized (alerts) {
            alerts.addLast(a);
            if (alerts.size() > ALERTS_KEPT) {
                alerts.removeFirst();
            }
        }
        alertWaiters.forEach(w -> w.accept(a));
    }

    // -- what this agent does --------------------------------------------------------------------------------

    /**
     * ImprovedInstantMessage dialog 4 with bucket = type + id; completes once the offer is on its way. What the grid
     * did with it shows in the receiver's InventoryOffered and in the answer; waiting for the region's ack first would
     * cost OpenSimulator's ack delay (acks are batched, about half a second) and prove less.
     */
    CompletableFuture<OfferSent> offer(UUID to, UUID id, String name, int assetType) {
        return offer(to, id, name, assetType, bucket(assetType, id));
    }

    /** Dialog 4 with a bucket already made (a folder's lists its contents too). */
    CompletableFuture<OfferSent> offer(UUID to, UUID id, String name, int assetType, byte[] bucket) {
        UUID session = UUID.randomUUID();
        Instant sentAt = Instant.now();
        Message m = instantMessage(to, ImDialog.INVENTORY_OFFERED, session, name, bucket);
        CompletableFuture<Void> acked = ctx.agent.sendReliable(m);
        OfferSent sent = new OfferSent(sentAt, to, session, id, name, assetType);
        return acked.isCompletedExceptionally() ? acked.thenApply(v -> sent) : CompletableFuture.completedFuture(sent);
    }

    /** Dialog 5 to the giver, bucket = a folder (viewers name the one they expect the gift in; grids may ignore it). */
    CompletableFuture<Void> sendAccept(InventoryOffered offer, UUID destination) {
        return ctx.agent.sendReliable(instantMessage(offer.fromId(), ImDialog.INVENTORY_ACCEPTED, offer.sessionId(), "", bytes(destination)));
    }

    /** Dialog 6 to the giver, with an empty bucket (as viewers send it). */
    CompletableFuture<Void> sendDecline(InventoryOffered offer) {
        return ctx.agent.sendReliable(instantMessage(offer.fromId(), ImDialog.INVENTORY_DECLINED, offer.sessionId(), "", new byte[0]));
    }

    private Message instantMessage(UUID to, int dialog, UUID id, String text, byte[] bucket) {
        return ctx.agent.message("ImprovedInstantMessage").block("MessageBlock").set("FromGroup", false)
                .set("ToAgentID", to).set("ParentEstateID", 0L).set("RegionID", ZERO).set("Position", Vector3.ZERO)
                .set("Offline", 0).set("Dialog", dialog).set("ID", id)
                .set("Timestamp", Instant.now().getEpochSecond()).set("FromAgentName", ctx.agent.name())
                .set("Message", text).set("BinaryBucket", bucket)
                .block("EstateBlock").set("EstateID", 0L).build();
    }

    /** The first alert the grid sent since the offer went out (a refusal), or a timeout saying none came. */
    CompletableFuture<String> refusal(OfferSent offer, Duration timeout) {
        CompletableFuture<String> result = new CompletableFuture<>();
        Consumer<Alert> waiter = a -> {
            if (!a.time().isBefore(offer.sentAt())) {
                result.complete(a.text());
            }
        };
        alertWaiters.add(waiter);
        synchronized (alerts) {
            for (Alert a : alerts) {
                if (!a.time().isBefore(offer.sentAt())) {
                    result.complete(a.text());
                    break;
                }
            }
        }
        return result.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).handle((v, e) -> {
            alertWaiters.remove(waiter);
            if (e instanceof TimeoutException) {
                throw new AwaitTimeoutException(ctx.agent.role(), "alert refusing the give of '" + offer.name() + "'",
                        timeout, List.of());
            }
            if (e != null) {
                throw new InventoryException("waiting for a refusal failed", InventoryWaits.unwrap(e));
            }
            return v;
        });
    }

    private static byte[] bucket(int assetType, UUID id) {
        return ByteBuffer.allocate(17).put((byte) assetType).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).array();
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }

    private static UUID uuid(byte[] b, int at) {
        ByteBuffer bb = ByteBuffer.wrap(b, at, 16);
        return new UUID(bb.getLong(), bb.getLong());
    }
}
