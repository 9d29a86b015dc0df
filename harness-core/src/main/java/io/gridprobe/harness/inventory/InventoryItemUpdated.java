package io.gridprobe.harness.inventory;

import io.gridprobe.harness.events.AgentEvent;
import java.time.Instant;

/**
 * The grid told this agent about an item: created, copied, moved or received (UpdateCreateInventoryItem, or an
 * ItemData entry of BulkUpdateInventory).
 *
 * @param source     the message that said so
 * @param callbackId the CallbackID of the request it answers (0 when unsolicited)
 */
public record InventoryItemUpdated(Instant time, InventoryItem item, String source, long callbackId)
        implements AgentEvent {
    @Override
    public String describe() {
        return "InventoryItemUpdated " + item.describe() + " via " + source;
    }
}
