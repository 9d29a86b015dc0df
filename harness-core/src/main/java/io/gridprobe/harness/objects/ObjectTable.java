package io.gridprobe.harness.objects;

import io.gridprobe.harness.events.AgentEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What one agent sees of one region: every object (prims and avatars) by local id and by UUID, kept current by the
 * object messages, and queryable by owner and name once the grid has described the objects. Thread-safe: updates come
 * from the network thread, queries from tests. Every change is handed to the sink (which publishes
 * {@link ObjectAppeared}, {@link ObjectUpdated} and {@link ObjectRemoved}) outside the lock.
 */
public final class ObjectTable {
    private final long regionHandle;
    private final Supplier<String> regionName;
    private final Consumer<AgentEvent> sink;
    private final Map<Integer, WorldObject> byLocalId = new LinkedHashMap<>();
    private final Map<UUID, Integer> localIdById = new LinkedHashMap<>();

    ObjectTable(long regionHandle, Supplier<String> regionName, Consumer<AgentEvent> sink) {
        this.regionHandle = regionHandle;
        this.regionName = regionName;
        this.sink = sink;
    }

    public long regionHandle() {
        return regionHandle;
    }

    public String regionName() {
        return regionName.get();
    }

    // -- queries ---------------------------------------------------------------------------------------------

    public synchronized Optional<WorldObject> get(int localId) {
        return Optional.ofNullable(byLocalId.get(localId));
    }

    public synchronized Optional<WorldObject> get(UUID id) {
        Integer local = localIdById.get(id);
        return local == null ? Optional.empty() : Optional.ofNullable(byLocalId.get(local));
    }

    public synchronized boolean contains(int localId) {
        return byLocalId.containsKey(localId);
    }

    public synchronized List<WorldObject> all() {
        return List.copyOf(byLocalId.values());
    }

    /** Prims (not avatars). */
    public synchronized List<WorldObject> prims() {
        return byLocalId.values().stream().filter(o -> !o.isAvatar()).toList();
    }

    /** Objects whose owner the grid has told (ObjectProperties, ObjectPropertiesFamily, or "you own it"). */
    public synchronized List<WorldObject> ownedBy(UUID owner) {
        return byLocalId.values().stream().filter(o -> o.isOwnedBy(owner)).toList();
    }

    /** Objects with this name (prims once described; avatars by "First Last"). */
    public synchronized List<WorldObject> named(String name) {
        return byLocalId.values().stream().filter(o -> name.equals(o.name())).toList();
    }

    /** An avatar by its agent id. */
    public synchronized Optional<WorldObject> avatar(UUID agentId) {
        return get(agentId).filter(WorldObject::isAvatar);
    }

    /** The parts linked to this root (its children), in no particular order. */
    public synchronized List<WorldObject> childrenOf(int rootLocalId) {
        return byLocalId.values().stream().filter(o -> o.parentId() == rootLocalId && !o.isAvatar()).toList();
    }

    public synchronized int size() {
        return byLocalId.size();
    }

    // -- updates from the wire ---------------------------------------------------------------------------------

    /** A full state (ObjectUpdate, ObjectUpdateCompressed). */
    void put(WorldObject fresh) {
        AgentEvent change;
        synchronized (this) {
            WorldObject before = byLocalId.get(fresh.localId());
            if (before != null && !before.id().equals(fresh.id())) {
                localIdById.remove(before.id()); // the grid reused a local id
                before = null;
            }
            WorldObject now = before == null ? fresh : before.updatedBy(fresh);
            byLocalId.put(now.localId(), now);
            localIdById.put(now.id(), now.localId());
            change = before == null ? new ObjectAppeared(Instant.now(), regionName.get(), now)
                    : new ObjectUpdated(Instant.now(), regionName.get(), before, now);
        }
        sink.accept(change);
    }

    /** A terse update of a known object; unknown ones are ignored (a full update will come). */
    void moved(ObjectDecoding.TerseMotion m) {
        AgentEvent change;
        synchronized (this) {
            WorldObject before = byLocalId.get(m.localId());
            if (before == null) {
                return;
            }
            WorldObject now = before.withMotion(m.position(), m.rotation());
            byLocalId.put(now.localId(), now);
            change = new ObjectUpdated(Instant.now(), regionName.get(), before, now);
        }
        sink.accept(change);
    }

    /**
     * The object is gone, and with it the prims linked to it: OpenSimulator kills only a linkset's root, and a viewer
     * drops the children with it. Avatars seated on it stay; the grid moves them and says so.
     */
    void remove(int localId) {
        List<AgentEvent> changes = new ArrayList<>();
        synchronized (this) {
            WorldObject gone = byLocalId.remove(localId);
            if (gone == null) {
                return;
            }
            localIdById.remove(gone.id(), localId);
            changes.add(new ObjectRemoved(Instant.now(), regionName.get(), gone));
            List<WorldObject> children = byLocalId.values().stream()
                    .filter(o -> o.parentId() == localId && !o.isAvatar()).toList();
            for (WorldObject child : children) {
                byLocalId.remove(child.localId());
                localIdById.remove(child.id(), child.localId());
                changes.add(new ObjectRemoved(Instant.now(), regionName.get(), child));
            }
        }
        changes.forEach(sink);
    }

    /** The grid described a known object: names, owner and masks. False when the object is not here. */
    boolean describe(ObjectDetails d) {
        AgentEvent change;
        synchronized (this) {
            Integer local = localIdById.get(d.objectId());
            if (local == null) {
                return false;
            }
            WorldObject before = byLocalId.get(local);
            WorldObject now = before.withDetails(d);
            if (now.equals(before)) {
                return true;
            }
            byLocalId.put(local, now);
            change = new ObjectUpdated(Instant.now(), regionName.get(), before, now);
        }
        sink.accept(change);
        return true;
    }

    /** Whether the grid may send us this one anew: unknown, or known with another CRC. */
    synchronized boolean isStale(int localId, long crc) {
        WorldObject o = byLocalId.get(localId);
        return o == null || o.crc() != crc;
    }

    /** Forgets everything (the agent left the region). */
    void clear() {
        List<Integer> ids;
        synchronized (this) {
            ids = new ArrayList<>(byLocalId.keySet());
        }
        ids.forEach(this::remove);
    }

    @Override
    public String toString() {
        return "ObjectTable[" + regionName.get() + ", " + size() + " objects]";
    }
}
