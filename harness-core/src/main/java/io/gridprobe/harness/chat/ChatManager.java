package io.gridprobe.harness.chat;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.agent.AgentManager;

/** The agent's say, whisper, shout, channels; ChatHeard events. */
public final class ChatManager extends AgentManager {
    public ChatManager(Agent agent) {
        super(agent);
    }
}
