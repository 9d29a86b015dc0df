package io.gridprobe.harness.agent;

/**
 * Base of an agent's managers (chat, IM, objects, ...): each one idea, created with the agent so that its
 * listeners are in place before the first packet of the login arrives.
 */
public abstract class AgentManager {
    protected final Agent agent;

    protected AgentManager(Agent agent) {
        this.agent = agent;
    }

    public Agent agent() {
        return agent;
    }
}
