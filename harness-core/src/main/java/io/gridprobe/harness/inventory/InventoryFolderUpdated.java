package io.gridprobe.harness.inventory;

import io.gridprobe.harness.events.AgentEvent;
import java.time.Instant;

/** The grid told this agent about a folder it received or that moved (a FolderData entry of BulkUpdateInventory). */
public record InventoryFolderUpdated(Instant time, InventoryFolder folder, String source) implements AgentEvent {
    @Override
    public String describe() {
        return "InventoryFolderUpdated '" + folder.name() + "' " + folder.folderId() + " via " + source;
    }
}
