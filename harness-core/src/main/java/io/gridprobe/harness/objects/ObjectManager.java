package io.gridprobe.harness.objects;

import io.gridprobe.protocol.wire.PermissionMasks;
import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.harness.core.AgentManager;
import io.gridprobe.harness.core.AgentRegion;
import io.gridprobe.harness.events.AgentEvent;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.circuit.Circuit;
import io.gridprobe.protocol.packet.MessageBuilder;
import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.protocol.wire.ObjectUpdateType;
import io.gridprobe.protocol.wire.PermissionBits;
import io.gridprobe.protocol.wire.PermissionField;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The agent's objects: a per-region {@link ObjectTable} fed by what the grid sends (ObjectUpdate,
 * ObjectUpdateCompressed, ObjectUpdateCached, whose unknown prims it asks for with RequestMultipleObjects as a
 * viewer with an empty cache does, ImprovedTerseObjectUpdate, KillObject, and properties), and actions that complete
 * when the grid has answered: rez, select, rename, set permissions, move, link, delete, take, rez from inventory, sit.
 * <p>
 * Grids refuse edits silently: an edit completes with the object's fresh properties once they show the change, or
 * fails with {@link EditRefusedException} ({@link EditChecks}). Moves, links, deletes and takes ({@link DeRezzing})
 * and sitting ({@link Seating}) complete when the table shows their effect, else time out.
 */
public final class ObjectManager extends AgentManager {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final ObjectWaits waits;
    private final ObjectFeed feed;
    private final EditChecks edits;
    private final DeRezzing deRez;
    private final Seating seating;
    private final Rezzing rezzing;

    public ObjectManager(AgentCore agent) {
        super(agent);
        this.waits = new ObjectWaits(agent.role());
        this.feed = new ObjectFeed(agent.id(), this::regionName, this::signal,
                agent.grid().footprint().otherAvatars());
        this.edits = new EditChecks(agent, waits, this::known);
        this.deRez = new DeRezzing(agent, waits);
        this.seating = new Seating(agent, waits);
        this.rezzing = new Rezzing(agent, waits);
        for (String name : ObjectFeed.MESSAGES) {
            agent.messages().subscribe(name, UdpMessage.class, this::received);
        }
        // tables of regions the agent left would otherwise only grow (a long teleporting run)
        agent.events().on(io.gridprobe.harness.events.RegionLeft.class, left -> feed.forget(left.handle()));
    }

    // -- the tables --------------------------------------------------------------------------------------------

    /** What the agent sees of its root region. */
    public ObjectTable objects() {
        return feed.table(agent.region().handle());
    }

    /** What the agent sees of a region (root or neighbour), by handle. */
    public ObjectTable objects(long regionHandle) {
        return feed.table(regionHandle);
    }

    /** A prim or avatar of the root region by local id. */
    public Optional<WorldObject> find(int localId) {
        return objects().get(localId);
    }

    private String regionName(long handle) {
        return agent.regionByHandle(handle).map(AgentRegion::name)
                .orElse("region " + (handle >>> 32) + "," + (handle & 0xFFFF_FFFFL));
    }

    /** Table changes and properties become events; everything wakes the waits. */
    private void signal(Object s) {
        if (s instanceof AgentEvent e) {
            agent.events().publish(e);
        }
        waits.signal(s);
    }

    /** Feeds the tables; asks the simulator for the prims its ObjectUpdateCached announced that we lack. */
    private void received(UdpMessage u) {
        List<Long> missing = feed.accept(u.message(), u.sender());
        if (missing.isEmpty()) {
            return;
        }
        Optional<Circuit> circuit = agent.endpoint().circuits().stream()
                .filter(c -> c.remote().equals(u.sender())).findFirst();
        if (circuit.isEmpty()) {
            return;
        }
        for (int i = 0; i < missing.size(); i += 100) {
            MessageBuilder m = agent.message("RequestMultipleObjects");
            for (long id : missing.subList(i, Math.min(missing.size(), i + 100))) {
                m.block("ObjectData").set("CacheMissType", 0).set("ID", id);
            }
            circuit.get().sendReliable(m.build());
        }
    }

    // -- actions -----------------------------------------------------------------------------------------------

    /**
     * Makes a half-metre wooden cube at {@code position} (ObjectAdd with the ray cast bypassed, as viewers and the
     * captures do) and completes with it once its first update arrives: a new prim the grid says this agent owns, at
     * the position asked for (grids raise it by up to its height).
     */
    public CompletableFuture<WorldObject> rez(Vector3 position) {
        return rezzing.rez(position);
    }

    /** Selects the object (ObjectSelect) and completes with the ObjectProperties the grid answers. */
    public CompletableFuture<ObjectDetails> select(int localId) {
        return edits.select(localId);
    }

    /** Ends the selection; completes when the grid has acknowledged it (grids send nothing else). */
    public CompletableFuture<Void> deselect(int localId) {
        return edits.deselect(localId);
    }

    /** Select, read the properties, deselect: what a user's "edit" window shows. */
    public CompletableFuture<ObjectDetails> details(int localId) {
        return edits.details(localId);
    }

    /** ObjectPropertiesFamily for any object by id (no selection): owner, names and masks, not the creator. */
    public CompletableFuture<ObjectDetails> family(UUID objectId) {
        CompletableFuture<ObjectDetails> answer = waits.next("ObjectPropertiesFamily of " + objectId,
                s -> s instanceof ObjectPropertiesReceived p && p.details().objectId().equals(objectId)
                        ? Optional.of(p.details()) : Optional.empty(), scaled(TIMEOUT));
        agent.sendReliable(agent.message("RequestObjectPropertiesFamily").block("ObjectData")
                .set("RequestFlags", 0L).set("ObjectID", objectId).build());
        return answer;
    }

    /** Renames; completes with properties showing the new name, or fails with {@link EditRefusedException}. */
    public CompletableFuture<ObjectDetails> setName(int localId, String name) {
        known(localId);
        agent.sendReliable(agent.message("ObjectName").block("ObjectData").set("LocalID", unsigned(localId))
                .set("Name", name).build());
        return edits.verified(localId, d -> name.equals(d.name()), "name '" + name + "'");
    }

    /** Sets the description; completes like {@link #setName}. */
    public CompletableFuture<ObjectDetails> setDescription(int localId, String description) {
        known(localId);
        agent.sendReliable(agent.message("ObjectDescription").block("ObjectData").set("LocalID", unsigned(localId))
                .set("Description", description).build());
        return edits.verified(localId, d -> description.equals(d.description()),
                "description '" + description + "'");
    }

    /**
     * Sets or clears {@code mask} in one mask of the objects (ObjectPermissions) and completes with their fresh
     * properties once they show the change as grids apply it ({@link PermissionMasks#reflects}); fails with
     * {@link EditRefusedException} for an object that keeps its masks.
     */
    public CompletableFuture<List<ObjectDetails>> setPermissions(Collection<Integer> localIds, PermissionField who,
                                                                 boolean set, int mask) {
        MessageBuilder m = agent.message("ObjectPermissions").block("HeaderData").set("Override", false);
        for (int id : localIds) {
            known(id);
            m.block("ObjectData").set("ObjectLocalID", unsigned(id)).set("Field", who.wireValue())
                    .set("Set", set ? 1 : 0).set("Mask", Integer.toUnsignedLong(mask));
        }
        agent.sendReliable(m.build());
        String what = (set ? "set " : "cleared ") + PermissionBits.describe(mask) + " in the " + who + " mask";
        List<CompletableFuture<ObjectDetails>> each = localIds.stream()
                .map(id -> edits.verified(id, d -> d.masks().reflects(who, set, mask), what)).toList();
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                .thenApply(v -> each.stream().map(CompletableFuture::join).toList());
    }

    public CompletableFuture<ObjectDetails> setPermissions(int localId, PermissionField who, boolean set, int mask) {
        return setPermissions(List.of(localId), who, set, mask).thenApply(l -> l.get(0));
    }

    /**
     * Moves the object (MultipleObjectUpdate: a root moves its whole linkset; a child's position is its offset from
     * the root) and completes when an update shows it there. A refused move times out.
     */
    public CompletableFuture<WorldObject> move(int localId, Vector3 to) {
        WorldObject o = known(localId);
        ObjectTable t = feed.table(o.regionHandle());
        CompletableFuture<WorldObject> there = waits.until(o.describe() + " at " + to, x -> x.localId() == localId,
                () -> t.get(localId).filter(x -> x.position().distanceTo(to) < 0.01), scaled(TIMEOUT));
        ByteBuffer data = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        data.putFloat(to.x()).putFloat(to.y()).putFloat(to.z());
        int type = ObjectUpdateType.POSITION | (o.isRoot() ? ObjectUpdateType.LINKSET : 0);
        agent.sendReliable(agent.message("MultipleObjectUpdate").block("ObjectData")
                .set("ObjectLocalID", unsigned(localId)).set("Type", type).set("Data", data.array()).build());
        return there;
    }

    /**
     * Links the prims (ObjectLink: the first becomes the root) and completes with the linkset, root first, once
     * every other prim shows the root as its parent.
     */
    public CompletableFuture<List<WorldObject>> link(List<Integer> localIds) {
        if (localIds.size() < 2) {
            throw new IllegalArgumentException("linking needs at least two prims, got " + localIds);
        }
        ObjectTable t = feed.table(known(localIds.get(0)).regionHandle());
        localIds.forEach(this::known);
        int root = localIds.get(0);
        CompletableFuture<List<WorldObject>> linked = waits.until("prims " + localIds.subList(1, localIds.size())
                + " linked to #" + Integer.toUnsignedString(root), x -> localIds.contains(x.localId()), () -> {
                    List<WorldObject> parts = new ArrayList<>();
                    for (int id : localIds) {
                        Optional<WorldObject> p = t.get(id);
                        if (p.isEmpty() || (id != root && p.get().parentId() != root)) {
                            return Optional.empty();
                        }
                        parts.add(p.get());
                    }
                    return Optional.of(parts);
                }, scaled(TIMEOUT));
        MessageBuilder m = agent.message("ObjectLink");
        for (int id : localIds) {
            m.block("ObjectData").set("ObjectLocalID", unsigned(id));
        }
        agent.sendReliable(m.build());
        return linked;
    }

    /** Deletes to the trash (DeRezObject destination 6) and completes with the object as last seen, once it is gone. */
    public CompletableFuture<WorldObject> delete(int localId) {
        return deRez.delete(known(localId));
    }

    /**
     * {@link #delete}, completing with the copy the grid put in the Trash (announced by UpdateCreateInventoryItem, as
     * OpenSim does), for a caller that must leave no trace: delete that item for good next.
     */
    public CompletableFuture<InventoryObject> deleteToTrash(int localId) {
        return deRez.deleteToTrash(known(localId));
    }

    /** Takes the object into inventory (destination 4): completes with the new item once the object is gone too. */
    public CompletableFuture<InventoryObject> take(int localId) {
        return deRez.take(known(localId));
    }

    /**
     * Rezzes an object item of this agent's inventory at {@code position} (RezObject, ray cast bypassed) and
     * completes with the new root prim once it appears.
     */
    public CompletableFuture<WorldObject> rezFromInventory(InventoryObject item, Vector3 position) {
        return rezzing.rezFromInventory(item, position);
    }

    /**
     * Sits on the object: AgentRequestSit, the grid's AvatarSitResponse, AgentSit; completes with the agent's avatar
     * once its update shows the object as its parent.
     */
    public CompletableFuture<WorldObject> sit(UUID objectId) {
        return seating.sit(objects(), objectId);
    }

    /** Stands up (AgentUpdate with the stand-up control) and completes when the avatar's update shows no parent. */
    public CompletableFuture<WorldObject> stand() {
        return seating.stand(objects());
    }

    // -- helpers -----------------------------------------------------------------------------------------------

    /** The object in the root region, or a clear error: actions need what the grid has shown. */
    private WorldObject known(int localId) {
        return objects().get(localId).orElseThrow(() -> new IllegalArgumentException(agent.role()
                + " does not see object #" + Integer.toUnsignedString(localId) + " in " + objects().regionName()));
    }

    private Duration scaled(Duration d) {
        return agent.grid().scaled(d);
    }

    private static long unsigned(int v) {
        return Integer.toUnsignedLong(v);
    }
}
