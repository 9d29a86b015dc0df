package io.gridprobe.harness.core;

import io.gridprobe.protocol.packet.Message;
import java.util.UUID;

/** Building the ImprovedInstantMessage a viewer sends, for the managers that speak through IMs. */
public final class ImprovedInstantMessages {
    private ImprovedInstantMessages() {
    }

    /**
     * An IM from the agent as the Linden viewer packs it: online (Offline 0), no timestamp, no region or estate (the
     * sim fills those in), the agent's position and name, an empty binary bucket.
     */
    public static Message build(AgentCore from, UUID to, int dialog, UUID id, String text) {
        return from.message("ImprovedInstantMessage").block("MessageBlock").set("FromGroup", false).set("ToAgentID", to)
                .set("ParentEstateID", 0).set("RegionID", new UUID(0, 0)).set("Position", from.position())
                .set("Offline", 0).set("Dialog", dialog).set("ID", id).set("Timestamp", 0)
                .set("FromAgentName", from.name()).set("Message", text).set("BinaryBucket", new byte[0])
                .block("EstateBlock").set("EstateID", 0).build();
    }

    /** The id viewers give a one-to-one conversation: both agent ids XORed, the same from either side. */
    public static UUID conversationId(UUID a, UUID b) {
        return new UUID(a.getMostSignificantBits() ^ b.getMostSignificantBits(),
                a.getLeastSignificantBits() ^ b.getLeastSignificantBits());
    }
}
