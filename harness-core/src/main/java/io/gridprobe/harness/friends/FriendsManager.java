package io.gridprobe.harness.friends;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.agent.AgentManager;

/** The agent's friendship offers, accept, decline, online notifications. */
public final class FriendsManager extends AgentManager {
    public FriendsManager(Agent agent) {
        super(agent);
    }
}
