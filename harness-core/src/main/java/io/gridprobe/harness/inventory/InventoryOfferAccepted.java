package io.gridprobe.harness.inventory;

import java.time.Instant;
import java.util.UUID;

/**
 * The receiver accepted this agent's offer (ImprovedInstantMessage dialog 5, relayed by the grid).
 *
 * @param folderId the receiver's destination folder (the bucket), zero when it sent none
 */
public record InventoryOfferAccepted(Instant time, UUID fromId, String fromName, UUID sessionId, UUID folderId)
        implements InventoryOfferAnswer {
    @Override
    public String describe() {
        return "InventoryOfferAccepted by " + fromName + " into " + folderId;
    }
}
