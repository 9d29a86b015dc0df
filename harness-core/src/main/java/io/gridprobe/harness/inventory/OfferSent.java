package io.gridprobe.harness.inventory;

import java.time.Instant;
import java.util.UUID;

/**
 * An offer this agent sent (ImprovedInstantMessage dialog 4), acknowledged by the region. The grid's verdict comes
 * later: an answer relayed from the receiver ({@link InventoryManager#answer}), or an alert refusing the give
 * ({@link InventoryManager#refusal}).
 *
 * @param sessionId the ID the offer carried (a fresh id of the giver's)
 * @param itemId    the giver's item or folder that was offered
 */
public record OfferSent(Instant sentAt, UUID to, UUID sessionId, UUID itemId, String name, int assetType) {
}
