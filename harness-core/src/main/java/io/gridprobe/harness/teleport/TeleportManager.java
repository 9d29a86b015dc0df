package io.gridprobe.harness.teleport;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.agent.AgentManager;

/** The agent's teleports and border crossings. */
public final class TeleportManager extends AgentManager {
    public TeleportManager(Agent agent) {
        super(agent);
    }
}
