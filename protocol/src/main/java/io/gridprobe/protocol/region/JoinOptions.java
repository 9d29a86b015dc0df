package io.gridprobe.protocol.region;

import io.gridprobe.protocol.eventqueue.EventQueueConfig;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a region is joined.
 *
 * @param role                ROOT (the agent arrives: login, teleport, crossing) or CHILD (a neighbour it only sees)
 * @param circuitTimeout      how long UseCircuitCode may go unacked
 * @param movementTimeout     how long a root join waits for AgentMovementComplete
 * @param capsTimeout         how long the seed capability may take
 * @param capNames            what to ask the seed capability for
 * @param startEventQueue     whether to run the region's EventQueueGet poll (needs a seed capability)
 * @param eventQueue          the poll's timing
 * @param handshakeReplyFlags RegionHandshakeReply's Flags: 5 as node-metaverse and viewers send it (capture
 *                            {@code nmv_smoke}); 0x4 says the viewer supports self appearance, 0x1 concerns the
 *                            object cache
 */
public record JoinOptions(Role role, Duration circuitTimeout, Duration movementTimeout, Duration capsTimeout,
                          List<String> capNames, boolean startEventQueue, EventQueueConfig eventQueue,
                          long handshakeReplyFlags) {
    public enum Role { ROOT, CHILD }

    /** The caps the harness uses; a region grants the subset it has. */
    public static final List<String> HARNESS_CAPS = List.of(
            "EventQueueGet", "SimulatorFeatures", "FetchInventoryDescendents2", "FetchInventory2",
            "FetchLibDescendents2", "FetchLib2", "NewFileAgentInventory", "UpdateNotecardAgentInventory",
            "UpdateScriptAgent", "UpdateScriptTask", "UpdateNotecardTaskInventory", "CreateInventoryCategory",
            "CopyInventoryFromNotecard", "ChatSessionRequest", "UntrustedSimulatorMessage", "GetTexture",
            "ViewerAsset", "GetMesh", "GetMesh2", "GetDisplayNames", "AgentPreferences", "HomeLocation",
            "ParcelPropertiesUpdate", "RemoteParcelRequest", "MapLayer", "ObjectMedia", "ExtEnvironment",
            "EnvironmentSettings", "ServerReleaseNotes", "UploadBakedTexture", "UpdateAvatarAppearance",
            "InventoryAPIv3");

    public static final long VIEWER_HANDSHAKE_FLAGS = 5;

    public JoinOptions {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(circuitTimeout, "circuitTimeout");
        Objects.requireNonNull(movementTimeout, "movementTimeout");
        Objects.requireNonNull(capsTimeout, "capsTimeout");
        Objects.requireNonNull(eventQueue, "eventQueue");
        capNames = List.copyOf(capNames);
    }

    /** A root join: 10 s for the circuit, 15 s for movement, 20 s for caps, the harness's caps, an event queue. */
    public static JoinOptions root() {
        return new JoinOptions(Role.ROOT, Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(20),
                HARNESS_CAPS, true, EventQueueConfig.defaults(), VIEWER_HANDSHAKE_FLAGS);
    }

    /** A child join (a neighbour from EnableSimulator): the same, without waiting for movement. */
    public static JoinOptions child() {
        return root().withRole(Role.CHILD);
    }

    public boolean isChild() {
        return role == Role.CHILD;
    }

    public JoinOptions withRole(Role r) {
        return new JoinOptions(r, circuitTimeout, movementTimeout, capsTimeout, capNames, startEventQueue, eventQueue,
                handshakeReplyFlags);
    }

    public JoinOptions withTimeouts(Duration circuit, Duration movement, Duration caps) {
        return new JoinOptions(role, circuit, movement, caps, capNames, startEventQueue, eventQueue,
                handshakeReplyFlags);
    }

    public JoinOptions withCapNames(List<String> names) {
        return new JoinOptions(role, circuitTimeout, movementTimeout, capsTimeout, names, startEventQueue, eventQueue,
                handshakeReplyFlags);
    }

    public JoinOptions withEventQueue(boolean start, EventQueueConfig config) {
        return new JoinOptions(role, circuitTimeout, movementTimeout, capsTimeout, capNames, start, config,
                handshakeReplyFlags);
    }

    public JoinOptions withHandshakeReplyFlags(long flags) {
        return new JoinOptions(role, circuitTimeout, movementTimeout, capsTimeout, capNames, startEventQueue, eventQueue,
                flags);
    }
}
