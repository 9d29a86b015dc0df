package io.gridprobe.harness.core;

import io.gridprobe.harness.core.AgentRegion;
import java.net.InetSocketAddress;

/** Which of an agent's regions a datagram came from, for events that say where something was heard. */
public final class RegionNames {
    private RegionNames() {
    }

    /** The name of the agent's region whose simulator sent this, or the sender's address when it is none of them. */
    public static String of(AgentCore agent, InetSocketAddress sender) {
        for (AgentRegion r : agent.allRegions()) {
            if (r.connection().simAddress().equals(sender)) {
                return r.name();
            }
        }
        return String.valueOf(sender);
    }
}
