package io.gridprobe.harness.objects;

import io.gridprobe.protocol.wire.PermissionMasks;
import io.gridprobe.protocol.types.Quaternion;
import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.protocol.wire.PCode;
import io.gridprobe.protocol.wire.PrimFlags;
import java.util.UUID;

/**
 * An object (prim or avatar) as one agent last saw it in one region: an immutable snapshot; the object table replaces
 * it on every update. Position and rotation are as the wire carries them: region coordinates for a root, relative
 * to the parent for a child prim or a seated avatar. Names, owner and masks are known once the grid has told them
 * (ObjectProperties, ObjectPropertiesFamily; an avatar's name comes with its update), else null.
 *
 * @param updateFlags the grid's PrimFlags for this agent (what it may do: see the {@link PrimFlags})
 */
public record WorldObject(long regionHandle, int localId, UUID id, int pcode, int parentId, Vector3 position,
                          Quaternion rotation, Vector3 scale, long crc, long updateFlags, UUID ownerId, String name,
                          String description, ObjectDetails details) {

    public boolean isAvatar() {
        return pcode == PCode.AVATAR;
    }

    public boolean isRoot() {
        return parentId == 0;
    }

    /** The grid says this agent owns it (PrimFlags.ObjectYouOwner). */
    public boolean isOwnedBySelf() {
        return (updateFlags & PrimFlags.YOU_OWNER) != 0;
    }

    /** Freshly made and to be shown selected (PrimFlags.CreateSelected). */
    public boolean isCreateSelected() {
        return (updateFlags & PrimFlags.CREATE_SELECTED) != 0;
    }

    public boolean isOwnedBy(UUID agent) {
        return agent != null && agent.equals(ownerId);
    }

    /** The masks, when the grid has told them. */
    public PermissionMasks masks() {
        return details == null ? null : details.masks();
    }

    WorldObject withMotion(Vector3 newPosition, Quaternion newRotation) {
        return new WorldObject(regionHandle, localId, id, pcode, parentId, newPosition, newRotation, scale, crc,
                updateFlags, ownerId, name, description, details);
    }

    WorldObject withOwner(UUID owner) {
        return new WorldObject(regionHandle, localId, id, pcode, parentId, position, rotation, scale, crc, updateFlags,
                owner, name, description, details);
    }

    WorldObject withDetails(ObjectDetails d) {
        return new WorldObject(regionHandle, localId, id, pcode, parentId, position, rotation, scale, crc, updateFlags,
                d.ownerId(), d.name(), d.description(), details != null && d.creatorId() == null ? merge(details, d) : d);
    }

    /** Keeps what a family answer lacks (creator, creation date) from a full answer seen before. */
    private static ObjectDetails merge(ObjectDetails full, ObjectDetails family) {
        return new ObjectDetails(family.objectId(), family.ownerId(), full.creatorId(), family.groupId(),
                family.lastOwnerId(), full.creationDate(), family.masks(), family.name(), family.description(),
                family.saleType(), family.salePrice());
    }

    /** A new full state from the grid, keeping what only properties tell (names, owner, masks). */
    WorldObject updatedBy(WorldObject fresh) {
        UUID owner = fresh.ownerId != null ? fresh.ownerId : ownerId;
        String n = fresh.name != null ? fresh.name : name;
        String d = fresh.description != null ? fresh.description : description;
        return new WorldObject(fresh.regionHandle, fresh.localId, fresh.id, fresh.pcode, fresh.parentId,
                fresh.position, fresh.rotation, fresh.scale, fresh.crc, fresh.updateFlags, owner, n, d,
                fresh.details != null ? fresh.details : details);
    }

    /** "'Object' #1234 prim at <x, y, z>". */
    public String describe() {
        String kind = isAvatar() ? "avatar" : pcode == PCode.PRIM ? "prim" : "pcode " + pcode;
        return (name == null ? "" : "'" + name + "' ") + "#" + Integer.toUnsignedString(localId) + " " + kind
                + (isRoot() ? " at " : " (child of #" + Integer.toUnsignedString(parentId) + ") at ") + position;
    }
}
