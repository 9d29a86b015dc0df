package io.gridprobe.harness.movement;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.agent.AgentManager;

/** The agent's walk, run, fly, stop, sit, stand through AgentUpdate control flags. */
public final class MovementManager extends AgentManager {
    public MovementManager(Agent agent) {
        super(agent);
    }
}
