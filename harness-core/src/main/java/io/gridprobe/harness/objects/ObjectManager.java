package io.gridprobe.harness.objects;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.agent.AgentManager;
import io.gridprobe.harness.agent.AgentRegion;
import io.gridprobe.harness.events.AgentEvent;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.circuit.Circuit;
import io.gridprobe.protocol.login.InventoryFolder;
import io.gridprobe.protocol.packet.MessageBuilder;
import io.gridprobe.protocol.types.Quaternion;
import io.gridprobe.protocol.types.Vector3;
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
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent's objects: a per-region {@link ObjectTable} fed by what the grid sends (ObjectUpdate,
 * ObjectUpdateCompressed, ObjectUpdateCached, whose unknown prims it asks for with RequestMultipleObjects as a
 * viewer with an empty cache does, ImprovedTerseObjectUpdate, KillObject, and properties), and actions that complete
 * when the grid has answered: rez, select, rename, set permissions, move, link, delete, take, rez from inventory, sit.
 * <p>
 * Grids refuse edits silently. An edit here is therefore followed by a select, and completes with the object's fresh
 * properties when they show the change, or fails with {@link EditRefusedException} when three fresh answers in a row
 * do not. Moves, links and deletes complete when the table shows their effect, else time out.
 */
public final class ObjectManager extends AgentManager {
    private static final Logger LOG = LoggerFactory.getLogger(ObjectManager.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Vector3 NEW_PRIM_SCALE = new Vector3(0.5f, 0.5f, 0.5f);
    /** How many fresh answers must agree before an edit counts as refused. */
    private static final int EDIT_CHECKS = 3;
    private static final UUID ZERO = new UUID(0, 0);
    /** DeRezObject.Destination values. */
    static final int DEREZ_TAKE_COPY = 1;
    static final int DEREZ_TAKE = 4;
    static final int DEREZ_TRASH = 6;
    /** MultipleObjectUpdate.Type bits. */
    static final int UPDATE_POSITION = 0x01;
    static final int UPDATE_LINKSET = 0x08;
    /** AgentUpdate.ControlFlags: AGENT_CONTROL_STAND_UP. */
    public static final long CONTROL_STAND_UP = 0x10000;
    /** Inventory folder types (type_default) of the system folders a take and a delete fill. */
    static final int FOLDER_OBJECTS = 6;
    static final int FOLDER_TRASH = 14;

    private final Set<Integer> claimedNewObjects = ConcurrentHashMap.newKeySet();
    private final ObjectWaits waits;
    private final ObjectFeed feed;

    public ObjectManager(Agent agent) {
        super(agent);
        this.waits = new ObjectWaits(agent.role());
        this.feed = new ObjectFeed(agent.id(), this::regionName, this::signal,
                agent.grid().footprint().otherAvatars());
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

    /** The agent's own avatar in the root region, once the grid has shown it. */
    public Optional<WorldObject> self() {
        return objects().avatar(agent.id());
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
        long handle = agent.region().handle();
        CompletableFuture<WorldObject> appeared = awaitNewPrim(handle, position, NEW_PRIM_SCALE.z() + 0.5f,
                "own new prim at " + position);
        agent.sendReliable(agent.message("ObjectAdd").set("GroupID", ZERO)
                .block("ObjectData").set("PCode", WorldObject.PCODE_PRIM).set("Material", 3).set("AddFlags", 2L)
                .set("PathCurve", 16).set("ProfileCurve", 1).set("PathBegin", 0).set("PathEnd", 0)
                .set("PathScaleX", 100).set("PathScaleY", 100).set("BypassRaycast", 1).set("RayStart", position)
                .set("RayEnd", position).set("RayTargetID", ZERO).set("RayEndIsIntersection", 0)
                .set("Scale", NEW_PRIM_SCALE).set("Rotation", Quaternion.IDENTITY).set("State", 0).build());
        return appeared;
    }

    private CompletableFuture<WorldObject> awaitNewPrim(long handle, Vector3 at, float rise, String what) {
        return waits.next(what, s -> {
            if (s instanceof ObjectAppeared a && a.object().regionHandle() == handle) {
                WorldObject o = a.object();
                double dx = o.position().x() - at.x();
                double dy = o.position().y() - at.y();
                double dz = o.position().z() - at.z();
                boolean near = Math.sqrt(dx * dx + dy * dy) < 0.5 && dz > -0.5 && dz < rise;
                if (!o.isAvatar() && o.isRoot() && o.isOwnedBySelf() && near && claimedNewObjects.add(o.localId())) {
                    return Optional.of(o);
                }
            }
            return Optional.empty();
        }, scaled(TIMEOUT));
    }

    /** Selects the object (ObjectSelect) and completes with the ObjectProperties the grid answers. */
    public CompletableFuture<ObjectDetails> select(int localId) {
        WorldObject o = known(localId);
        CompletableFuture<ObjectDetails> answer = awaitProperties(o);
        agent.sendReliable(agent.message("ObjectSelect").block("ObjectData").set("ObjectLocalID", unsigned(localId))
                .build());
        return answer;
    }

    /** Ends the selection; completes when the grid has acknowledged it (grids send nothing else). */
    public CompletableFuture<Void> deselect(int localId) {
        return agent.sendReliable(agent.message("ObjectDeselect").block("ObjectData")
                .set("ObjectLocalID", unsigned(localId)).build());
    }

    /** Select, read the properties, deselect: what a user's "edit" window shows. */
    public CompletableFuture<ObjectDetails> details(int localId) {
        return select(localId).thenApply(d -> {
            quietlyDeselect(localId);
            return d;
        });
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
        return verified(localId, d -> name.equals(d.name()), "name '" + name + "'");
    }

    /** Sets the description; completes like {@link #setName}. */
    public CompletableFuture<ObjectDetails> setDescription(int localId, String description) {
        known(localId);
        agent.sendReliable(agent.message("ObjectDescription").block("ObjectData").set("LocalID", unsigned(localId))
                .set("Description", description).build());
        return verified(localId, d -> description.equals(d.description()), "description '" + description + "'");
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
        String what = (set ? "set " : "cleared ") + PermissionMask.describe(mask) + " in the " + who + " mask";
        List<CompletableFuture<ObjectDetails>> each = localIds.stream()
                .map(id -> verified(id, d -> d.masks().reflects(who, set, mask), what)).toList();
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
        CompletableFuture<WorldObject> there = waits.until(o.describe() + " at " + to,
                () -> t.get(localId).filter(x -> x.position().distanceTo(to) < 0.01), scaled(TIMEOUT));
        ByteBuffer data = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        data.putFloat(to.x()).putFloat(to.y()).putFloat(to.z());
        int type = UPDATE_POSITION | (o.isRoot() ? UPDATE_LINKSET : 0);
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
                + " linked to #" + Integer.toUnsignedString(root), () -> {
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

    /**
     * Unlinks (ObjectDelink): a child named leaves its linkset, a root named lets all its children go; completes when
     * all of them show no parent.
     */
    public CompletableFuture<List<WorldObject>> unlink(List<Integer> localIds) {
        ObjectTable t = feed.table(known(localIds.get(0)).regionHandle());
        List<Integer> freed = new ArrayList<>();
        for (int id : localIds) {
            WorldObject o = known(id);
            if (o.isRoot()) {
                t.childrenOf(id).forEach(c -> freed.add(c.localId()));
            } else {
                freed.add(id);
            }
        }
        CompletableFuture<List<WorldObject>> done = waits.until("prims " + freed + " unlinked", () -> {
            List<WorldObject> parts = new ArrayList<>();
            for (int id : freed) {
                Optional<WorldObject> p = t.get(id);
                if (p.isEmpty() || !p.get().isRoot()) {
                    return Optional.empty();
                }
                parts.add(p.get());
            }
            return Optional.of(parts);
        }, scaled(TIMEOUT));
        MessageBuilder m = agent.message("ObjectDelink");
        for (int id : localIds) {
            m.block("ObjectData").set("ObjectLocalID", unsigned(id));
        }
        agent.sendReliable(m.build());
        return done;
    }

    /** Deletes to the trash (DeRezObject destination 6) and completes with the object as last seen, once it is gone. */
    public CompletableFuture<WorldObject> delete(int localId) {
        WorldObject o = known(localId);
        CompletableFuture<WorldObject> gone = awaitRemoval(o);
        deRez(localId, DEREZ_TRASH, folderOfType(FOLDER_TRASH));
        return gone;
    }

    /**
     * {@link #delete}, completing with the copy the grid put in the Trash (announced by UpdateCreateInventoryItem, as
     * OpenSim does), for a caller that must leave no trace: delete that item for good next.
     */
    public CompletableFuture<InventoryObject> deleteToTrash(int localId) {
        return deRezIntoInventory(localId, DEREZ_TRASH, folderOfType(FOLDER_TRASH));
    }

    /** Takes the object into inventory (destination 4): completes with the new item once the object is gone too. */
    public CompletableFuture<InventoryObject> take(int localId) {
        return deRezIntoInventory(localId, DEREZ_TAKE, folderOfType(FOLDER_OBJECTS));
    }

    /** DeRezObject to an inventory folder: the item the grid announces, once the object is gone from the world too. */
    private CompletableFuture<InventoryObject> deRezIntoInventory(int localId, int destination, UUID folder) {
        WorldObject o = known(localId);
        CompletableFuture<InventoryObject> item = awaitItem(o);
        CompletableFuture<WorldObject> gone = awaitRemoval(o);
        deRez(localId, destination, folder);
        return item.thenCombine(gone, (i, g) -> i);
    }

    /** Takes a copy into inventory (destination 1): completes with the new item; the object stays. */
    public CompletableFuture<InventoryObject> takeCopy(int localId) {
        WorldObject o = known(localId);
        CompletableFuture<InventoryObject> item = awaitItem(o);
        deRez(localId, DEREZ_TAKE_COPY, folderOfType(FOLDER_OBJECTS));
        return item;
    }

    /**
     * Rezzes an object item of this agent's inventory at {@code position} (RezObject, ray cast bypassed) and
     * completes with the new root prim once it appears.
     */
    public CompletableFuture<WorldObject> rezFromInventory(InventoryObject item, Vector3 position) {
        long handle = agent.region().handle();
        CompletableFuture<WorldObject> appeared = awaitNewPrim(handle, position, 10f,
                "the object of " + item + " at " + position);
        PermissionMasks p = item.masks();
        agent.sendReliable(agent.message("RezObject").set("GroupID", ZERO)
                .block("RezData").set("FromTaskID", ZERO).set("BypassRaycast", 1).set("RayStart", position)
                .set("RayEnd", position).set("RayTargetID", ZERO).set("RayEndIsIntersection", false)
                .set("RezSelected", true).set("RemoveItem", false).set("ItemFlags", item.flags())
                .set("GroupMask", unsigned(p.group())).set("EveryoneMask", unsigned(p.everyone()))
                .set("NextOwnerMask", unsigned(p.nextOwner()))
                .block("InventoryData").set("ItemID", item.itemId()).set("FolderID", item.folderId())
                .set("CreatorID", item.creatorId()).set("OwnerID", item.ownerId()).set("GroupID", item.groupId())
                .set("BaseMask", unsigned(p.base())).set("OwnerMask", unsigned(p.owner()))
                .set("GroupMask", unsigned(p.group())).set("EveryoneMask", unsigned(p.everyone()))
                .set("NextOwnerMask", unsigned(p.nextOwner())).set("GroupOwned", false).set("TransactionID", ZERO)
                .set("Type", item.type()).set("InvType", item.inventoryType()).set("Flags", item.flags())
                .set("SaleType", item.saleType()).set("SalePrice", item.salePrice()).set("Name", item.name())
                .set("Description", item.description()).set("CreationDate", item.creationDate()).set("CRC", 0L)
                .build());
        return appeared;
    }

    /**
     * Sits on the object: AgentRequestSit, the grid's AvatarSitResponse, AgentSit; completes with the agent's avatar
     * once its update shows the object as its parent.
     */
    public CompletableFuture<WorldObject> sit(UUID objectId) {
        ObjectTable t = objects();
        WorldObject seat = t.get(objectId).orElseThrow(() -> new IllegalArgumentException(
                agent.role() + " does not see object " + objectId + " in " + t.regionName()));
        CompletableFuture<UdpMessage> response = agent.waitForMessage("AvatarSitResponse",
                m -> m.message().block("SitObject").uuid("ID").equals(objectId), TIMEOUT);
        agent.sendReliable(agent.message("AgentRequestSit").block("TargetObject").set("TargetID", objectId)
                .set("Offset", Vector3.ZERO).build());
        return response.thenCompose(r -> {
            CompletableFuture<WorldObject> seated = waits.until(agent.role() + "'s avatar sitting on "
                    + seat.describe(), () -> t.avatar(agent.id()).filter(a -> a.parentId() == seat.localId()),
                    scaled(TIMEOUT));
            agent.sendReliable(agent.message("AgentSit").build());
            return seated;
        });
    }

    /** Stands up (AgentUpdate with the stand-up control) and completes when the avatar's update shows no parent. */
    public CompletableFuture<WorldObject> stand() {
        ObjectTable t = objects();
        CompletableFuture<WorldObject> standing = waits.until(agent.role() + "'s avatar standing",
                () -> t.avatar(agent.id()).filter(WorldObject::isRoot), scaled(TIMEOUT));
        Vector3 at = agent.position();
        agent.sendReliable(agent.message("AgentUpdate").set("BodyRotation", Quaternion.IDENTITY)
                .set("HeadRotation", Quaternion.IDENTITY).set("State", 0).set("CameraCenter", at)
                .set("CameraAtAxis", new Vector3(1, 0, 0)).set("CameraLeftAxis", new Vector3(0, 1, 0))
                .set("CameraUpAxis", new Vector3(0, 0, 1)).set("Far", 64f).set("ControlFlags", CONTROL_STAND_UP)
                .set("Flags", 0).build());
        return standing;
    }

    // -- helpers -----------------------------------------------------------------------------------------------

    /** The object in the root region, or a clear error: actions need what the grid has shown. */
    private WorldObject known(int localId) {
        return objects().get(localId).orElseThrow(() -> new IllegalArgumentException(agent.role()
                + " does not see object #" + Integer.toUnsignedString(localId) + " in " + objects().regionName()));
    }

    /** The object's next ObjectProperties; fails at once if the object leaves the world meanwhile. */
    private CompletableFuture<ObjectDetails> awaitProperties(WorldObject o) {
        return waits.next("ObjectProperties of " + o.describe(), s -> {
            if (s instanceof ObjectRemoved r && r.object().id().equals(o.id())) {
                throw new IllegalStateException(agent.role() + " waited for the properties of " + o.describe()
                        + " but the grid removed it");
            }
            return s instanceof ObjectPropertiesReceived p && p.details().objectId().equals(o.id())
                    && p.details().creatorId() != null ? Optional.of(p.details()) : Optional.empty();
        }, scaled(TIMEOUT));
    }

    /**
     * Selects until the properties pass the check (an edit shows) or {@link #EDIT_CHECKS} answers in a row do not
     * (the grid refused it); deselects in the end.
     */
    private CompletableFuture<ObjectDetails> verified(int localId, java.util.function.Predicate<ObjectDetails> check,
                                                      String what) {
        return verified(localId, check, what, EDIT_CHECKS).whenComplete((d, e) -> quietlyDeselect(localId));
    }

    /** Ends a selection the manager made itself; an agent that has meanwhile left has nothing to deselect. */
    private void quietlyDeselect(int localId) {
        try {
            deselect(localId);
        } catch (IllegalStateException e) {
            LOG.debug("{}: no deselect of #{}: {}", agent.role(), Integer.toUnsignedString(localId), e.getMessage());
        }
    }

    private CompletableFuture<ObjectDetails> verified(int localId, java.util.function.Predicate<ObjectDetails> check,
                                                      String what, int attempts) {
        return select(localId).thenCompose(d -> {
            if (check.test(d)) {
                return CompletableFuture.completedFuture(d);
            }
            if (attempts > 1) {
                return verified(localId, check, what, attempts - 1);
            }
            return CompletableFuture.failedFuture(new EditRefusedException(agent.role() + ": the grid did not apply "
                    + what + " to " + d + " (" + EDIT_CHECKS + " fresh answers)", d));
        });
    }

    private CompletableFuture<WorldObject> awaitRemoval(WorldObject o) {
        return waits.next("ObjectRemoved of " + o.describe(),
                s -> s instanceof ObjectRemoved r && r.object().localId() == o.localId()
                        && r.object().regionHandle() == o.regionHandle() ? Optional.of(r.object()) : Optional.empty(),
                scaled(TIMEOUT));
    }

    /** The next object item filed for this agent, with the object's name when the grid has told it. */
    private CompletableFuture<InventoryObject> awaitItem(WorldObject o) {
        String name = o.name();
        return waits.next("the inventory item of " + o.describe(), s -> s instanceof ObjectFeed.ItemCreated c
                && c.item().inventoryType() == InventoryObject.TYPE_OBJECT && (name == null || name.equals(c.item().name()))
                ? Optional.of(c.item()) : Optional.empty(), scaled(TIMEOUT));
    }

    private void deRez(int localId, int destination, UUID folder) {
        agent.sendReliable(agent.message("DeRezObject")
                .block("AgentBlock").set("GroupID", ZERO).set("Destination", destination).set("DestinationID", folder)
                .set("TransactionID", UUID.randomUUID()).set("PacketCount", 1).set("PacketNumber", 1)
                .block("ObjectData").set("ObjectLocalID", unsigned(localId)).build());
    }

    /** A system folder from the login's inventory skeleton; zero (the grid picks) when the grid did not send it. */
    private UUID folderOfType(int type) {
        UUID root = agent.loginResponse().inventoryRoot();
        return agent.loginResponse().inventorySkeleton().stream()
                .filter(f -> f.typeDefault() == type && (root == null || root.equals(f.parentId())))
                .map(InventoryFolder::folderId).findFirst().orElse(ZERO);
    }

    private Duration scaled(Duration d) {
        return agent.grid().scaled(d);
    }

    private static long unsigned(int v) {
        return Integer.toUnsignedLong(v);
    }
}
