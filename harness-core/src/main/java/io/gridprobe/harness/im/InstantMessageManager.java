package io.gridprobe.harness.im;

import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.harness.core.AgentManager;
import io.gridprobe.harness.core.ImprovedInstantMessages;
import io.gridprobe.harness.core.RegionNames;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.packet.Block;
import io.gridprobe.protocol.wire.ImDialog;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The agent's instant messages to and from other people: send, and asking for the messages kept
 * while it was offline. Received IMs of dialogs 0 (message), 19 (from an object), 20 (busy auto-response) and 41/42
 * (typing) are published as {@link InstantMessageReceived}; other dialogs belong to other managers.
 */
public final class InstantMessageManager extends AgentManager {
    private static final Set<Integer> DIALOGS = Set.of(ImDialog.MESSAGE_FROM_AGENT, ImDialog.MESSAGE_FROM_OBJECT,
            ImDialog.BUSY_AUTO_RESPONSE, ImDialog.START_TYPING, ImDialog.STOP_TYPING);

    public InstantMessageManager(AgentCore agent) {
        super(agent);
        agent.messages().subscribe("ImprovedInstantMessage", UdpMessage.class, this::received);
    }

    /** Sends an IM; completes when the region has acknowledged it (delivery shows as the recipient's event). */
    public CompletableFuture<Void> send(UUID to, String text) {
        return agent.sendReliable(ImprovedInstantMessages.build(agent, to, ImDialog.MESSAGE_FROM_AGENT,
                ImprovedInstantMessages.conversationId(agent.id(), to), text));
    }

    /**
     * Asks for the IMs the grid kept while the agent was offline (RetrieveInstantMessages, which viewers send after
     * login); they arrive as {@link InstantMessageReceived} events with {@code offline} set.
     */
    public CompletableFuture<Void> retrieveOfflineMessages() {
        return agent.sendReliable(agent.message("RetrieveInstantMessages").build());
    }

    private void received(UdpMessage m) {
        Block b = m.message().block("MessageBlock");
        int dialog = b.u8("Dialog");
        if (!DIALOGS.contains(dialog)) {
            return;
        }
        agent.events().publish(new InstantMessageReceived(Instant.now(), m.message().block("AgentData").uuid("AgentID"),
                b.string("FromAgentName"), b.uuid("ToAgentID"), b.string("Message"), dialog, b.uuid("ID"),
                b.u8("Offline") != 0, b.u32("Timestamp"), b.uuid("RegionID"), b.vector3("Position"),
                RegionNames.of(agent, m.sender())));
    }
}
