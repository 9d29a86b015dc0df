package io.gridprobe.harness.inventory;

import io.gridprobe.harness.events.AgentEvent;
import io.gridprobe.protocol.wire.AssetType;
import java.time.Instant;
import java.util.UUID;

/**
 * Someone offered this agent an item or a folder (ImprovedInstantMessage dialog 4). On OpenSim (and Second Life) the
 * grid has already put a copy into this agent's inventory: {@link #itemId()} is that copy (from the binary bucket);
 * accepting files it, declining sends it to the Trash.
 *
 * @param fromId    the giver
 * @param name      the item's or folder's name (the IM's text)
 * @param sessionId the IM's ID, to be echoed in the answer (OpenSim puts the copy's id there too)
 * @param assetType the bucket's type byte ({@link AssetType#FOLDER} for a folder)
 * @param itemId    the offered copy's id in this agent's inventory (item or folder)
 * @param regionId  the region the offer came through (zero when the grid did not say)
 */
public record InventoryOffered(Instant time, UUID fromId, String fromName, String name, UUID sessionId, int assetType,
                               UUID itemId, UUID regionId) implements AgentEvent {
    public boolean isFolder() {
        return assetType == AssetType.FOLDER;
    }

    @Override
    public String describe() {
        return "InventoryOffered '" + name + "' (" + AssetType.name(assetType) + " " + itemId + ") from " + fromName;
    }
}
