package io.gridprobe.harness.groups;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.agent.AgentManager;

/** The agent's create, invite, join, leave, group chat. */
public final class GroupManager extends AgentManager {
    public GroupManager(Agent agent) {
        super(agent);
    }
}
