package io.gridprobe.harness.parcels;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.agent.AgentManager;

/** The agent's parcel properties and names. */
public final class ParcelManager extends AgentManager {
    public ParcelManager(Agent agent) {
        super(agent);
    }
}
