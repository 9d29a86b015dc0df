package io.gridprobe.harness.appearance;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.agent.AgentManager;

/** The agent's wearables (AgentWearablesRequest, AgentIsNowWearing). */
public final class AppearanceManager extends AgentManager {
    public AppearanceManager(Agent agent) {
        super(agent);
    }
}
