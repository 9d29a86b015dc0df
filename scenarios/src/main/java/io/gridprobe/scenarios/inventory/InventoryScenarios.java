package io.gridprobe.scenarios.inventory;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.inventory.InventoryOffered;
import io.gridprobe.scenarios.support.Await;

/** What the inventory and permission suites share beyond {@code support}: finding the offer a give made. */
public final class InventoryScenarios {
    private InventoryScenarios() {
    }

    /** The offer of this name from this giver (a unique name never matches an earlier test's offer). */
    public static InventoryOffered offerOf(Agent receiver, Agent giver, String name) {
        return receiver.events().next(InventoryOffered.class,
                o -> o.fromId().equals(giver.id()) && o.name().equals(name), Await.step(receiver));
    }
}
