package io.gridprobe.harness.objects;

import io.gridprobe.protocol.wire.PermissionMasks;
import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.protocol.types.Quaternion;
import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.protocol.wire.PCode;
import io.gridprobe.protocol.wire.PrimFlags;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Putting objects into the world, new or from inventory. A new object is recognised by its first update: a root prim
 * the grid says this agent owns, near the position asked for (grids raise it by up to its height), and not already
 * claimed by an earlier rez.
 */
final class Rezzing {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Vector3 NEW_PRIM_SCALE = new Vector3(0.5f, 0.5f, 0.5f);
    private static final UUID ZERO = new UUID(0, 0);

    private final AgentCore agent;
    private final ObjectWaits waits;
    private final Set<Integer> claimedNewObjects = ConcurrentHashMap.newKeySet();

    Rezzing(AgentCore agent, ObjectWaits waits) {
        this.agent = agent;
        this.waits = waits;
    }

    /** A half-metre wooden cube (ObjectAdd, ray cast bypassed), once its first update shows it. */
    CompletableFuture<WorldObject> rez(Vector3 position) {
        long handle = agent.region().handle();
        CompletableFuture<WorldObject> appeared = awaitNewPrim(handle, position, NEW_PRIM_SCALE.z() + 0.5f,
                "own new prim at " + position);
        agent.sendReliable(agent.message("ObjectAdd").set("GroupID", ZERO)
                .block("ObjectData").set("PCode", PCode.PRIM).set("Material", 3).set("AddFlags", (long) PrimFlags.CREATE_SELECTED)
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
        }, agent.grid().scaled(TIMEOUT));
    }

    /** RezObject of an object item, ray cast bypassed, once its root prim appears. */
    CompletableFuture<WorldObject> rezFromInventory(InventoryObject item, Vector3 position) {
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

    private static long unsigned(int v) {
        return Integer.toUnsignedLong(v);
    }
}
