package io.gridprobe.harness.groups;

import static io.gridprobe.harness.core.LlsdLenient.bool;
import static io.gridprobe.harness.core.LlsdLenient.integer;
import static io.gridprobe.harness.core.LlsdLenient.map;
import static io.gridprobe.harness.core.LlsdLenient.string;
import static io.gridprobe.harness.core.LlsdLenient.uuid;

import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.harness.core.ImprovedInstantMessages;
import io.gridprobe.protocol.bus.EventQueueMessage;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.llsd.Llsd;
import io.gridprobe.protocol.packet.Block;
import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.wire.ImDialog;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Group chat: the sessions this agent is in, the lines it hears ({@link GroupChatReceived}, from IM dialog 17 when
 * the session is a group's), and saying a line. The session opens with IM dialog 15 and a bounded wait for
 * ChatterBoxSessionStartReply (none fails the line with {@link GroupChatNotStartedException}); a member brought in
 * by a ChatterBoxInvitation accepts it through the ChatSessionRequest capability where the grid grants one (Second
 * Life; OpenSimulator has none and needs nothing).
 */
final class GroupChat {
    private static final Duration SESSION_START = Duration.ofSeconds(5);

    private final AgentCore agent;
    private final Predicate<UUID> isGroup;
    private final Set<UUID> sessions = ConcurrentHashMap.newKeySet();

    /** {@code isGroup}: whether a session id is one of the agent's groups (as the grid last listed them). */
    GroupChat(AgentCore agent, Predicate<UUID> isGroup) {
        this.agent = agent;
        this.isGroup = isGroup;
        agent.messages().subscribe("ImprovedInstantMessage", UdpMessage.class, this::onInstantMessage);
        agent.messages().subscribe("ChatterBoxInvitation", EventQueueMessage.class, this::onChatterBoxInvitation);
        agent.messages().subscribe("ChatterBoxSessionStartReply", EventQueueMessage.class, e -> {
            if (bool(e.body(), "success")) {
                sessions.add(uuid(e.body(), "session_id"));
            }
        });
    }

    /**
     * Opens the session first when this agent is not in it yet (IM dialog 15; a grid that does not confirm within a
     * few seconds fails it with {@link GroupChatNotStartedException}), then sends the line (IM dialog 17, session id =
     * group id). Completes when the grid has the line.
     */
    CompletableFuture<Void> say(UUID groupId, String text) {
        CompletableFuture<Void> inSession = sessions.contains(groupId) ? CompletableFuture.completedFuture(null)
                : startSession(groupId);
        return inSession.thenCompose(x -> agent.sendReliable(ImprovedInstantMessages.build(agent, groupId,
                ImDialog.SESSION_SEND, groupId, text)));
    }

    private CompletableFuture<Void> startSession(UUID groupId) {
        CompletableFuture<EventQueueMessage> reply = agent.waitForEvent("ChatterBoxSessionStartReply",
                e -> uuid(e.body(), "session_id").equals(groupId), SESSION_START);
        agent.sendReliable(ImprovedInstantMessages.build(agent, groupId, ImDialog.SESSION_GROUP_START, groupId,
                ""));
        return reply.handle((e, failure) -> {
            if (failure != null) {
                agent.trace().note("groups", "no ChatterBoxSessionStartReply for group " + groupId);
                throw new GroupChatNotStartedException(groupId, agent.grid().scaled(SESSION_START));
            }
            if (!bool(e.body(), "success")) {
                throw new GroupRequestRefusedException("starting the chat of group " + groupId,
                        string(e.body(), "error"));
            }
            return null;
        });
    }

    private void onInstantMessage(UdpMessage u) {
        Message m = u.message();
        Block b = m.block("MessageBlock");
        if (b.u8("Dialog") != ImDialog.SESSION_SEND) {
            return;
        }
        UUID session = b.uuid("ID");
        if (b.bool("FromGroup") || isGroup.test(session)) {
            sessions.add(session);
            agent.events().publish(new GroupChatReceived(Instant.now(), session, m.block("AgentData").uuid("AgentID"),
                    b.string("FromAgentName"), b.string("Message")));
        }
    }

    private void onChatterBoxInvitation(EventQueueMessage e) {
        Map<String, Object> params = map(map(e.body(), "instantmessage"), "message_params");
        UUID session = uuid(e.body(), "session_id");
        boolean groupSession = integer(params, "from_group") != 0 || isGroup.test(session);
        if (!groupSession) {
            return; // a conference or person-to-person session: not ours
        }
        sessions.add(session);
        agent.region().connection().capabilities().get("ChatSessionRequest").ifPresent(cap ->
                agent.grid().caps().postLlsd("ChatSessionRequest", cap,
                                Llsd.mapOf("method", "accept invitation", "session-id", session))
                        .whenComplete((ok, failure) -> {
                            if (failure != null) {
                                agent.trace().note("groups", "accepting the chat of group " + session + " failed: "
                                        + failure.getMessage());
                            }
                        }));
        if (integer(params, "type") == ImDialog.SESSION_SEND) {
            agent.events().publish(new GroupChatReceived(Instant.now(), session, uuid(params, "from_id"),
                    string(params, "from_name"), string(params, "message")));
        }
    }
}
