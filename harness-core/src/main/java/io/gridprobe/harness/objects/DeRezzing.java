package io.gridprobe.harness.objects;

import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.protocol.login.InventoryFolder;
import io.gridprobe.protocol.wire.AssetType;
import io.gridprobe.protocol.wire.DeRezDestination;
import io.gridprobe.protocol.wire.FolderType;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Taking objects out of the world (DeRezObject): to the Trash or into the agent's Objects folder. Each completes when
 * the world shows the object gone and, for a destination in inventory, the grid has announced the new item.
 */
final class DeRezzing {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final UUID ZERO = new UUID(0, 0);

    private final AgentCore agent;
    private final ObjectWaits waits;

    DeRezzing(AgentCore agent, ObjectWaits waits) {
        this.agent = agent;
        this.waits = waits;
    }

    /** Deletes to the trash (DeRezObject destination 6) and completes with the object as last seen, once it is gone. */
    CompletableFuture<WorldObject> delete(WorldObject o) {
        CompletableFuture<WorldObject> gone = awaitRemoval(o);
        deRez(o.localId(), DeRezDestination.TRASH, folderOfType(FolderType.TRASH));
        return gone;
    }

    /** Deletes to the Trash; completes with the Trash copy the grid announces, once the object is gone. */
    CompletableFuture<InventoryObject> deleteToTrash(WorldObject o) {
        return deRezIntoInventory(o, DeRezDestination.TRASH, folderOfType(FolderType.TRASH));
    }

    /** Takes the object into inventory (destination 4): completes with the new item once the object is gone too. */
    CompletableFuture<InventoryObject> take(WorldObject o) {
        return deRezIntoInventory(o, DeRezDestination.TAKE, folderOfType(FolderType.OBJECTS));
    }

    /** DeRezObject to an inventory folder: the item the grid announces, once the object is gone from the world too. */
    private CompletableFuture<InventoryObject> deRezIntoInventory(WorldObject o, int destination, UUID folder) {
        CompletableFuture<InventoryObject> item = awaitItem(o);
        CompletableFuture<WorldObject> gone = awaitRemoval(o);
        deRez(o.localId(), destination, folder);
        return item.thenCombine(gone, (i, g) -> i);
    }

    private CompletableFuture<WorldObject> awaitRemoval(WorldObject o) {
        return waits.next("ObjectRemoved of " + o.describe(),
                s -> s instanceof ObjectRemoved r && r.object().localId() == o.localId()
                        && r.object().regionHandle() == o.regionHandle() ? Optional.of(r.object()) : Optional.empty(),
                scaled(TIMEOUT));
    }

    /** The next object item filed for this agent, with the object's name when the grid has told it. */
    private CompletableFuture<InventoryObject> awaitItem(WorldObject o) {
        String name = o.name();
        return waits.next("the inventory item of " + o.describe(), s -> s instanceof ObjectFeed.ItemCreated c
                && c.item().inventoryType() == AssetType.OBJECT && (name == null || name.equals(c.item().name()))
                ? Optional.of(c.item()) : Optional.empty(), scaled(TIMEOUT));
    }

    private void deRez(int localId, int destination, UUID folder) {
        agent.sendReliable(agent.message("DeRezObject")
                .block("AgentBlock").set("GroupID", ZERO).set("Destination", destination).set("DestinationID", folder)
                .set("TransactionID", UUID.randomUUID()).set("PacketCount", 1).set("PacketNumber", 1)
                .block("ObjectData").set("ObjectLocalID", unsigned(localId)).build());
    }

    /** A system folder from the login's inventory skeleton; zero (the grid picks) when the grid did not send it. */
    private UUID folderOfType(int type) {
        UUID root = agent.loginResponse().inventoryRoot();
        return agent.loginResponse().inventorySkeleton().stream()
                .filter(f -> f.typeDefault() == type && (root == null || root.equals(f.parentId())))
                .map(InventoryFolder::folderId).findFirst().orElse(ZERO);
    }

    private Duration scaled(Duration d) {
        return agent.grid().scaled(d);
    }

    private static long unsigned(int v) {
        return Integer.toUnsignedLong(v);
    }
}
