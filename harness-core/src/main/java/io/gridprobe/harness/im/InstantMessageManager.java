package io.gridprobe.harness.im;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.agent.AgentManager;

/** The agent's instant messages: send, receive (InstantMessageReceived). */
public final class InstantMessageManager extends AgentManager {
    public InstantMessageManager(Agent agent) {
        super(agent);
    }
}
