package io.gridprobe.harness.chat;

import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.harness.core.AgentManager;
import io.gridprobe.harness.core.RegionNames;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.packet.Block;
import io.gridprobe.protocol.wire.ChatType;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * The agent's local chat: say, whisper, shout, on channel 0 or another, each a reliable
 * ChatFromViewer to the root region whose future completes when the region acknowledges it. Every ChatFromSimulator
 * the agent receives, from any of its regions, is published as a {@link ChatHeard} event.
 */
public final class ChatManager extends AgentManager {

    public ChatManager(AgentCore agent) {
        super(agent);
        agent.messages().subscribe("ChatFromSimulator", UdpMessage.class, this::heard);
    }

    public CompletableFuture<Void> say(String text) {
        return chat(text, ChatType.PUBLIC_CHANNEL, ChatType.SAY);
    }

    /** Says on a channel: on any but 0 only scripts listen, so no avatar hears it. */
    public CompletableFuture<Void> say(String text, int channel) {
        return chat(text, channel, ChatType.SAY);
    }

    public CompletableFuture<Void> whisper(String text) {
        return chat(text, ChatType.PUBLIC_CHANNEL, ChatType.WHISPER);
    }

    public CompletableFuture<Void> shout(String text) {
        return chat(text, ChatType.PUBLIC_CHANNEL, ChatType.SHOUT);
    }

    /** Sends one ChatFromViewer; completes when the root region has acknowledged it. */
    public CompletableFuture<Void> chat(String text, int channel, ChatType type) {
        return agent.sendReliable(agent.message("ChatFromViewer").block("ChatData").set("Message", text)
                .set("Type", type.code()).set("Channel", channel).build());
    }

    private void heard(UdpMessage m) {
        Block d = m.message().block("ChatData");
        agent.events().publish(new ChatHeard(Instant.now(), d.string("FromName"), d.uuid("SourceID"), d.uuid("OwnerID"),
                d.u8("SourceType"), d.u8("ChatType"), d.u8("Audible"), d.string("Message"), d.vector3("Position"),
                RegionNames.of(agent, m.sender())));
    }
}
