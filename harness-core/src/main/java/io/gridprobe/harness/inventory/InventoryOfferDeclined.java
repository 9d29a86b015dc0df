package io.gridprobe.harness.inventory;

import java.time.Instant;
import java.util.UUID;

/** The receiver declined this agent's offer (ImprovedInstantMessage dialog 6, relayed by the grid). */
public record InventoryOfferDeclined(Instant time, UUID fromId, String fromName, UUID sessionId)
        implements InventoryOfferAnswer {
    @Override
    public String describe() {
        return "InventoryOfferDeclined by " + fromName;
    }
}
