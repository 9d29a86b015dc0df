package io.gridprobe.harness.objects;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.agent.AgentManager;

/** The agent's rez, select, properties, name, permissions, link, delete; the per-region object table. */
public final class ObjectManager extends AgentManager {
    public ObjectManager(Agent agent) {
        super(agent);
    }
}
