package io.gridprobe.harness.movement;

import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.harness.core.AgentRegion;
import io.gridprobe.harness.events.AvatarAppeared;
import io.gridprobe.harness.events.AvatarDisappeared;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.packet.Block;
import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.protocol.wire.PCode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Follows the avatars the agent sees, from the regions' object updates: its own (its local id in each region, its
 * position and velocity in the root region, which become {@link Agent#position()}) and everyone else's
 * ({@link AvatarAppeared} on an avatar's ObjectUpdate, {@link AvatarDisappeared} on its KillObject). Avatars are the
 * objects with PCode 47; local ids are per region, so everything is kept per region handle.
 */
final class AvatarTracker {

    private final AgentCore agent;
    private final Map<Long, Integer> own = new ConcurrentHashMap<>();
    private final Map<Long, Map<Integer, Seen>> others = new ConcurrentHashMap<>();
    private final List<Consumer<Vector3>> positionListeners = new CopyOnWriteArrayList<>();
    private volatile Vector3 velocity = Vector3.ZERO;

    private record Seen(UUID agentId, String name) {
    }

    AvatarTracker(AgentCore agent) {
        this.agent = agent;
        agent.messages().subscribe("ObjectUpdate", UdpMessage.class, m -> guarded(m, this::onObjectUpdate));
        agent.messages().subscribe("ImprovedTerseObjectUpdate", UdpMessage.class, m -> guarded(m, this::onTerse));
        agent.messages().subscribe("KillObject", UdpMessage.class, m -> guarded(m, this::onKill));
    }

    Vector3 velocity() {
        return velocity;
    }

    /** The agent's own avatar's local id in the region with this handle, once the region has shown it. */
    Optional<Integer> ownLocalId(long handle) {
        return Optional.ofNullable(own.get(handle));
    }

    /** Called with each new position of the own avatar in the root region. */
    Runnable onPosition(Consumer<Vector3> listener) {
        positionListeners.add(listener);
        return () -> positionListeners.remove(listener);
    }

    /** A position learned elsewhere (teleport, arrival): listeners hear of it too. */
    void moved(Vector3 p, Vector3 v) {
        agent.position(p);
        if (v != null) {
            velocity = v;
        }
        for (Consumer<Vector3> l : positionListeners) {
            l.accept(p);
        }
    }

    private void onObjectUpdate(UdpMessage m) {
        long handle = m.message().block("RegionData").u64("RegionHandle");
        for (Block b : m.message().blocks("ObjectData")) {
            if (b.u8("PCode") != PCode.AVATAR) {
                continue;
            }
            UUID id = b.uuid("FullID");
            int localId = (int) b.u32("ID");
            Vector3 p = ObjectMotion.fullUpdatePosition(b.bytes("ObjectData"));
            if (id.equals(agent.id())) {
                own.put(handle, localId);
                if (isRoot(handle) && p != null) {
                    moved(p, null);
                }
                continue;
            }
            if (!agent.grid().footprint().otherAvatars()) {
                continue; // a lean agent does not follow the crowd (AgentFootprint)
            }
            String name = name(b.string("NameValue"), id);
            Seen before = others.computeIfAbsent(handle, h -> new ConcurrentHashMap<>()).put(localId, new Seen(id, name));
            if (before == null || !before.agentId().equals(id)) {
                agent.events().publish(new AvatarAppeared(Instant.now(), regionName(handle), handle, id, name, p));
            }
        }
    }

    private void onTerse(UdpMessage m) {
        long handle = m.message().block("RegionData").u64("RegionHandle");
        Integer mine = own.get(handle);
        if (mine == null || !isRoot(handle)) {
            return;
        }
        for (Block b : m.message().blocks("ObjectData")) {
            ObjectMotion.Terse t = ObjectMotion.terse(b.bytes("Data"));
            if (t != null && t.localId() == mine) {
                moved(t.position(), t.velocity());
            }
        }
    }

    private void onKill(UdpMessage m) {
        Optional<AgentRegion> from = agent.allRegions().stream()
                .filter(r -> r.connection().simAddress().equals(m.sender())).findFirst();
        if (from.isEmpty()) {
            return;
        }
        long handle = from.get().handle();
        Map<Integer, Seen> seen = others.getOrDefault(handle, Map.of());
        for (Block b : m.message().blocks("ObjectData")) {
            int localId = (int) b.u32("ID");
            own.remove(handle, localId);
            Seen s = seen.remove(localId);
            if (s != null) {
                agent.events().publish(new AvatarDisappeared(Instant.now(), from.get().name(), handle, s.agentId(), s.name()));
            }
        }
    }

    private boolean isRoot(long handle) {
        return rootHandle() == handle;
    }

    private long rootHandle() {
        try {
            return agent.region().handle();
        } catch (IllegalStateException notYet) {
            return -1;
        }
    }

    private String regionName(long handle) {
        return agent.regionByHandle(handle).map(AgentRegion::name).orElse("region @" + (handle >>> 32) + ","
                + (handle & 0xFFFF_FFFFL));
    }

    /** "First Last" from an avatar's name values ("FirstName STRING RW SV Test\nLastName STRING RW SV Bob..."). */
    static String name(String nameValues, UUID fallback) {
        String first = null;
        String last = null;
        for (String line : nameValues.split("\n")) {
            String[] parts = line.strip().split(" ", 5);
            if (parts.length == 5 && parts[0].equals("FirstName")) {
                first = parts[4];
            } else if (parts.length == 5 && parts[0].equals("LastName")) {
                last = parts[4];
            }
        }
        return first == null && last == null ? fallback.toString()
                : ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
    }

    private void guarded(UdpMessage m, Consumer<UdpMessage> handler) {
        try {
            handler.accept(m);
        } catch (RuntimeException e) {
            agent.trace().note(m.origin(), "ignored an unreadable " + m.name() + ": " + e.getMessage());
        }
    }
}
