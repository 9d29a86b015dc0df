package io.gridprobe.harness.money;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.agent.AgentManager;

/** The agent's L$ balance and payments. */
public final class MoneyManager extends AgentManager {
    public MoneyManager(Agent agent) {
        super(agent);
    }
}
