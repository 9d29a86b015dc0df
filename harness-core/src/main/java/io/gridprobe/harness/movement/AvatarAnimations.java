package io.gridprobe.harness.movement;

import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.packet.Block;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The animations the grid says each avatar plays (AvatarAnimation: the full current list each time, from the region
 * the avatar is in): the grid's own word on whether an avatar stands, walks, flies or hovers.
 */
final class AvatarAnimations {
    private final Map<UUID, Set<UUID>> playing = new ConcurrentHashMap<>();

    AvatarAnimations(AgentCore agent) {
        agent.messages().subscribe("AvatarAnimation", UdpMessage.class, m -> {
            try {
                UUID avatar = m.message().block("Sender").uuid("ID");
                if (!avatar.equals(agent.id()) && !agent.grid().footprint().otherAvatars()) {
                    return; // a lean agent does not follow the crowd (AgentFootprint)
                }
                Set<UUID> now = new LinkedHashSet<>();
                for (Block b : m.message().blocks("AnimationList")) {
                    now.add(b.uuid("AnimID"));
                }
                playing.put(avatar, Set.copyOf(now));
            } catch (RuntimeException e) {
                agent.trace().note(m.origin(), "ignored an unreadable AvatarAnimation: " + e.getMessage());
            }
        });
    }

    /** What the grid last said this avatar plays; empty before it said anything. */
    Set<UUID> of(UUID avatar) {
        return playing.getOrDefault(avatar, Set.of());
    }
}
