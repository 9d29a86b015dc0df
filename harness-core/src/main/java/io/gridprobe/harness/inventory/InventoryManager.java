package io.gridprobe.harness.inventory;

import io.gridprobe.protocol.wire.PermissionMasks;
import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.harness.core.AgentManager;
import io.gridprobe.protocol.wire.AssetType;
import io.gridprobe.protocol.wire.InventoryType;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The agent's inventory: the skeleton from the login, reading folders and items, creating folders, items, notecards and
 * scripts, setting permissions, and giving, accepting and declining offers. Every operation returns a future that
 * completes when the grid has answered (or when a change the grid does not announce can be read back), and fails with
 * a message saying what was asked and what the grid did.
 * <p>
 * Grids differ; this adapts and notes the choice in the packet trace: folders are read with FetchInventoryDescendents2
 * where granted, else over UDP; folders are created with CreateInventoryCategory, else AIS3 (InventoryAPIv3), else
 * UDP; notecards are read back through ViewerAsset (OpenSim serves them; Second Life does not).
 * <p>
 * Typed events: {@link InventoryOffered} (someone offers this agent something), {@link InventoryOfferAccepted} /
 * {@link InventoryOfferDeclined} (the receiver answered this agent's offer), {@link InventoryItemUpdated} and
 * {@link InventoryFolderUpdated} (the grid announced an item or folder).
 */
public final class InventoryManager extends AgentManager {
    private final InventoryContext ctx;
    private final InventorySkeleton skeleton;
    private final InventoryFetch fetch;
    private final InventoryEdits edits;
    private final AssetUploads uploads;
    private final InventoryGiving giving;

    public InventoryManager(AgentCore agent) {
        super(agent);
        this.ctx = new InventoryContext(agent);
        this.skeleton = InventorySkeleton.from(agent.loginResponse());
        this.fetch = new InventoryFetch(ctx);
        this.edits = new InventoryEdits(ctx, fetch);
        this.uploads = new AssetUploads(ctx);
        this.giving = new InventoryGiving(ctx);
    }

    // -- the skeleton ------------------------------------------------------------------------------------------

    /** The folder tree of the login response. */
    public InventorySkeleton skeleton() {
        return skeleton;
    }

    public UUID root() {
        return skeleton.requireRoot();
    }

    /** A system folder's id (Notecards, Scripts, Objects, Trash...), failing clearly when the grid has none. */
    public UUID folder(SystemFolder type) {
        return skeleton.require(type);
    }

    // -- reading -----------------------------------------------------------------------------------------------

    /** A folder's subfolders and items: FetchInventoryDescendents2, or UDP where the region lacks it. */
    public CompletableFuture<FolderContents> fetchFolder(UUID folderId) {
        return fetch.folder(folderId);
    }

    /** A folder's contents over UDP (FetchInventoryDescendents), whatever the region grants: older viewers' way. */
    public CompletableFuture<FolderContents> fetchFolderOverUdp(UUID folderId) {
        return fetch.folderOverUdp(folderId);
    }

    /** The items the grid has among these ids (FetchInventory2, or UDP FetchInventory). */
    public CompletableFuture<List<InventoryItem>> fetchItems(Collection<UUID> itemIds) {
        return fetch.items(itemIds);
    }

    public CompletableFuture<Optional<InventoryItem>> fetchItem(UUID itemId) {
        return fetch.items(List.of(itemId)).thenApply(l -> l.stream().findFirst());
    }

    /** Blocking convenience: the folder's contents now. */
    public FolderContents contents(UUID folderId) {
        return InventoryWaits.join(fetchFolder(folderId));
    }

    /** The asset of an item (ViewerAsset). */
    public CompletableFuture<byte[]> readAsset(InventoryItem item) {
        return uploads.read(item);
    }

    /** A notecard's text, read back from the grid's asset. */
    public CompletableFuture<String> readNotecard(InventoryItem notecard) {
        return uploads.read(notecard).thenApply(NotecardText::decode);
    }

    /** The region grants what reading a notecard back needs (ViewerAsset). */
    public boolean canReadAssets() {
        return ctx.cap(AssetUploads.VIEWER_ASSET_CAP).isPresent();
    }

    // -- creating and changing ---------------------------------------------------------------------------------

    public CompletableFuture<InventoryFolder> createFolder(UUID parent, String name) {
        return edits.createFolder(parent, name);
    }

    /** An item with the grid's initial asset (an empty notecard, a default script...). */
    public CompletableFuture<InventoryItem> createItem(UUID folder, String name, String description, int assetType,
                                                       int inventoryType, int nextOwnerMask) {
        return edits.createItem(folder, name, description, assetType, inventoryType, nextOwnerMask);
    }

    /** CreateInventoryItem, then its text through UpdateNotecardAgentInventory; the item points at the new asset. */
    public CompletableFuture<InventoryItem> createNotecard(UUID folder, String name, String text) {
        return createItem(folder, name, "", AssetType.NOTECARD, InventoryType.NOTECARD, PermissionMasks.FULL)
                .thenCompose(item -> saveNotecard(item, text));
    }

    /** New text for a notecard (UpdateNotecardAgentInventory, two steps). */
    public CompletableFuture<InventoryItem> saveNotecard(InventoryItem notecard, String text) {
        return uploads.upload(AssetUploads.NOTECARD_CAP, notecard.itemId(), NotecardText.encode(text))
                .thenApply(done -> notecard.withAsset(done.assetId()));
    }

    /** CreateInventoryItem, then its source through UpdateScriptAgent; says whether it compiled where the grid tells. */
    public CompletableFuture<ScriptUpload> createScript(UUID folder, String name, String source) {
        return createItem(folder, name, "", AssetType.LSL_TEXT, InventoryType.LSL, PermissionMasks.FULL)
                .thenCompose(item -> saveScript(item, source));
    }

    public CompletableFuture<ScriptUpload> saveScript(InventoryItem script, String source) {
        return uploads.upload(AssetUploads.SCRIPT_CAP, script.itemId(), AssetUploads.utf8(source))
                .thenApply(done -> uploads.scriptResult(script, done));
    }

    /**
     * Sets the next-owner mask (a viewer sends move plus the chosen bits, see {@link PermissionMasks#mask}); everyone and
     * group masks stay. Completes with the item as the grid then shows it.
     */
    public CompletableFuture<InventoryItem> setPermissions(InventoryItem item, int nextOwnerMask) {
        return setPermissions(item, nextOwnerMask, item.permissions().everyone(), item.permissions().group());
    }

    public CompletableFuture<InventoryItem> setPermissions(InventoryItem item, int nextOwnerMask, int everyoneMask,
                                                           int groupMask) {
        return edits.setPermissions(item, nextOwnerMask, everyoneMask, groupMask);
    }

    public CompletableFuture<InventoryItem> moveItem(UUID itemId, UUID folder) {
        return edits.moveItem(itemId, folder);
    }

    /** Moves a folder under another (MoveInventoryFolder); completes with the new parent's contents that show it. */
    public CompletableFuture<FolderContents> moveFolder(UUID folderId, UUID parent) {
        return edits.moveFolder(folderId, parent);
    }

    /** Sends RemoveInventoryObjects for items and folders, no more: grids do not answer (see {@link #delete}). */
    public void remove(List<UUID> itemIds, List<UUID> folderIds) {
        edits.remove(itemIds, folderIds);
    }

    /**
     * Deletes items and folders for good, as a viewer does (folders through the Trash), and completes once the grid
     * shows them gone; fails saying what is still there.
     */
    public CompletableFuture<Void> delete(List<UUID> itemIds, List<UUID> folderIds) {
        return edits.delete(itemIds, folderIds, folder(SystemFolder.TRASH));
    }

    // -- giving ------------------------------------------------------------------------------------------------

    /**
     * Offers an item (ImprovedInstantMessage dialog 4). Sent even when this agent may not transfer it: whether the grid
     * refuses is what a test wants to know. Completes when the region has the offer; see {@link #answer} and
     * {@link #refusal} for what follows.
     */
    public CompletableFuture<OfferSent> give(UUID to, InventoryItem item) {
        return giving.offer(to, item.itemId(), item.name(), item.assetType());
    }

    /**
     * Offers a folder with everything in it: reads its contents from the grid first, since the offer must list them
     * (OpenSimulator gives only the listed items of the folder; see {@link FolderGift}).
     */
    public CompletableFuture<OfferSent> give(UUID to, InventoryFolder folder) {
        return FolderGift.bucket(fetch, folder).thenCompose(bucket ->
                giving.offer(to, folder.folderId(), folder.name(), AssetType.FOLDER, bucket));
    }

    /** The receiver's answer to an offer (accept or decline, relayed by the grid). */
    public CompletableFuture<InventoryOfferAnswer> answer(OfferSent offer, Duration timeout) {
        return InventoryWaits.eventSince(agent.events(), InventoryOfferAnswer.class, a -> a.fromId().equals(offer.to()),
                offer.sentAt(), agent.grid().scaled(timeout), agent.role());
    }

    /** The grid's alert refusing the give (e.g. "Item doesn't have the Transfer permission."). */
    public CompletableFuture<String> refusal(OfferSent offer, Duration timeout) {
        return giving.refusal(offer, agent.grid().scaled(timeout));
    }

    /**
     * Accepts an offer (dialog 5, bucket = {@code folderNamed}, the folder a viewer expects the gift in). What happens
     * to the copy is the grid's business: OpenSimulator 0.9.2 leaves it where it put it when the offer came (an item
     * in the system folder for its type, a folder in the root) and only relays the answer to the giver. Completes with
     * the contents of the folder that holds the copy, as the grid lists them (see {@link ReceivedCopy}).
     */
    public CompletableFuture<FolderContents> accept(InventoryOffered offer, UUID folderNamed) {
        return giving.sendAccept(offer, folderNamed)
                .thenCompose(v -> ReceivedCopy.holder(ctx, fetch, offer, folderNamed, root()));
    }

    /** Accepts naming the folder a viewer names: the system folder for the item's type, the root for a folder. */
    public CompletableFuture<FolderContents> accept(InventoryOffered offer) {
        UUID named = offer.isFolder() ? root() : skeleton.folders().stream()
                .filter(f -> f.typeDefault() == offer.assetType() && f.parentId().equals(root()))
                .map(InventoryFolder::folderId).findFirst().orElse(root());
        return accept(offer, named);
    }

    /**
     * Declines an offer (dialog 6). The grid moves its copy to this agent's Trash; completes with the Trash's contents
     * once they hold it.
     */
    public CompletableFuture<FolderContents> decline(InventoryOffered offer) {
        UUID trash = folder(SystemFolder.TRASH);
        return giving.sendDecline(offer).thenCompose(v -> InventoryWaits.until(() -> fetch.folder(trash),
                c -> c.contains(offer.itemId()), ctx.timeout(),
                "the declined '" + offer.name() + "' (" + offer.itemId() + ") did not reach the Trash"));
    }
}
