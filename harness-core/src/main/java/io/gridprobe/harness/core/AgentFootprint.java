package io.gridprobe.harness.core;

import io.gridprobe.protocol.region.JoinOptions;
import java.util.List;

/**
 * How much each agent of a client remembers. Tests want everything an agent saw, for the evidence of a failure; a
 * load run of thousands of agents wants each to cost a few kilobytes, and has no use for a history nobody reads.
 *
 * @param eventHistory  typed events kept per ring of the agent's event history (rare and high-volume apart)
 * @param traceEntries  packets and notes kept in the agent's packet trace
 * @param otherAvatars  whether the agent's object tables keep other people's avatars (in a crowd of N, each agent
 *                      would otherwise hold N avatars, and the crowd N²); its own avatar and every prim are kept
 * @param rawLogin      whether the agent keeps the login response's whole struct ({@code LoginSuccess.raw()}) besides
 *                      the fields read from it
 * @param neighbours    whether the agent opens child circuits to the neighbour regions the grid announces, as a
 *                      viewer does (each costs a circuit and an event queue; crossing a border needs them)
 * @param capNames      the capabilities each region join asks its seed capability for (each granted one is a URL
 *                      kept per region)
 */
public record AgentFootprint(int eventHistory, int traceEntries, boolean otherAvatars, boolean rawLogin,
                             boolean neighbours, List<String> capNames) {
    /** Everything, as the suites need it. */
    public static final AgentFootprint FULL = new AgentFootprint(1000, 1024, true, true, true,
            JoinOptions.HARNESS_CAPS);
    /**
     * A load agent: a short history and trace, no crowd of avatars, the login response's fields only, its root region
     * only (see {@link #withNeighbours}), and of the capabilities the event queue and the simulator's features: chat,
     * IM, walking, teleports, crossings and prims are UDP and event-queue work.
     */
    public static final AgentFootprint LEAN = new AgentFootprint(32, 2, false, false, false,
            List.of("EventQueueGet", "SimulatorFeatures"));

    public AgentFootprint {
        if (eventHistory < 1 || traceEntries < 1) {
            throw new IllegalArgumentException("an agent keeps at least one event and one trace entry");
        }
        capNames = List.copyOf(capNames);
    }

    public AgentFootprint withNeighbours(boolean join) {
        return new AgentFootprint(eventHistory, traceEntries, otherAvatars, rawLogin, join, capNames);
    }
}
