package io.gridprobe.harness.core;

/**
 * Base of an agent's managers (chat, IM, objects, ...): each one idea, created with the agent so that its
 * listeners are in place before the first packet of the login arrives. A manager sees the agent core only; it learns
 * what other managers did through the core's events, never by calling them.
 */
public abstract class AgentManager {
    protected final AgentCore agent;

    protected AgentManager(AgentCore agent) {
        this.agent = agent;
    }
}
