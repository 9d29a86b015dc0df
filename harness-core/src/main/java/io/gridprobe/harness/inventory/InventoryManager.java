package io.gridprobe.harness.inventory;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.agent.AgentManager;

/** The agent's skeleton, fetch, create, upload notecards and scripts, give, accept, decline. */
public final class InventoryManager extends AgentManager {
    public InventoryManager(Agent agent) {
        super(agent);
    }
}
