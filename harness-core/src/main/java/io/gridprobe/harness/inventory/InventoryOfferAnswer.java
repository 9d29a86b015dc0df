package io.gridprobe.harness.inventory;

import io.gridprobe.harness.events.AgentEvent;
import java.util.UUID;

/** The receiver of this agent's offer answered it, as the grid relayed the answer to the giver. */
public sealed interface InventoryOfferAnswer extends AgentEvent permits InventoryOfferAccepted, InventoryOfferDeclined {
    /** The receiver, who answered. */
    UUID fromId();

    String fromName();

    /** The answer's ID (on OpenSim: the receiver's copy). */
    UUID sessionId();

    default boolean accepted() {
        return this instanceof InventoryOfferAccepted;
    }
}
