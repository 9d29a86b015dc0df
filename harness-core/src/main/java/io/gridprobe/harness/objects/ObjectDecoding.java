package io.gridprobe.harness.objects;

import io.gridprobe.protocol.wire.PermissionMasks;
import io.gridprobe.protocol.packet.Block;
import io.gridprobe.protocol.types.Quaternion;
import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.protocol.wire.CompressedFlags;
import io.gridprobe.protocol.wire.PCode;
import io.gridprobe.protocol.wire.PackedFloat;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Reads the object messages a grid sends into {@link WorldObject}s and friends. Follows the viewer's readers (and
 * LibreMetaverse's notes) for the packed parts:
 * <ul>
 * <li>ObjectUpdate.ObjectData (motion) is 76 bytes (avatar: collision plane, then floats), 60 (floats: position,
 * velocity, acceleration, rotation x y z, angular velocity), 48 or 32 (the same as 16-bit fractions, with or without
 * the plane) or 16 (8-bit fractions).</li>
 * <li>ObjectUpdateCompressed.Data: id, local id, PCode, state, CRC, material, click action, scale, position,
 * rotation, compressed flags, owner, then optional parts the flags announce (angular velocity 0x80, parent 0x20,
 * tree 0x02 or scratch pad 0x01, text 0x04, media URL 0x200, particles 0x08, extra parameters, sound 0x10, name
 * values 0x100), then the shape and texture entry.</li>
 * <li>ImprovedTerseObjectUpdate.Data: local id, state, avatar flag, collision plane (avatars), position, then
 * velocity, acceleration, rotation (x y z w) and angular velocity as 16-bit fractions.</li>
 * </ul>
 * A body too short for what it announces raises {@link java.nio.BufferUnderflowException} (or an index exception);
 * the caller drops that one object, never the whole message.
 */
final class ObjectDecoding {
    /** Packed positions span half a region below and one and a half above, as viewers assume (256 m regions). */
    private static final float POSITION_LOW = -128f;
    private static final float POSITION_HIGH = 384f;

    /** A position and rotation from a terse update. */
    record TerseMotion(int localId, boolean avatar, Vector3 position, Quaternion rotation) {
    }

    private ObjectDecoding() {
    }

    static WorldObject fromFullUpdate(long handle, Block b) {
        int pcode = b.u8("PCode");
        byte[] motion = b.bytes("ObjectData");
        Vector3 position = Vector3.ZERO;
        Quaternion rotation = Quaternion.IDENTITY;
        ByteBuffer m = ByteBuffer.wrap(motion).order(ByteOrder.LITTLE_ENDIAN);
        switch (motion.length) {
            case 76, 60 -> {
                m.position(motion.length == 76 ? 16 : 0);
                position = vector(m);
                m.position(m.position() + 24);
                rotation = Quaternion.fromWire(m.getFloat(), m.getFloat(), m.getFloat());
            }
            case 48, 32 -> {
                m.position(motion.length == 48 ? 16 : 0);
                position = new Vector3(u16(m, POSITION_LOW, POSITION_HIGH), u16(m, POSITION_LOW, POSITION_HIGH),
                        u16(m, POSITION_LOW, POSITION_HIGH));
                m.position(m.position() + 12);
                rotation = normalized(u16(m, -1, 1), u16(m, -1, 1), u16(m, -1, 1), u16(m, -1, 1));
            }
            case 16 -> {
                position = new Vector3(u8(m, POSITION_LOW, POSITION_HIGH), u8(m, POSITION_LOW, POSITION_HIGH),
                        u8(m, POSITION_LOW, POSITION_HIGH));
                m.position(m.position() + 6);
                rotation = normalized(u8(m, -1, 1), u8(m, -1, 1), u8(m, -1, 1), u8(m, -1, 1));
            }
            default -> {
                // no motion we can read: keep the origin
            }
        }
        String name = pcode == PCode.AVATAR ? avatarName(b.string("NameValue")) : null;
        return new WorldObject(handle, (int) b.u32("ID"), b.uuid("FullID"), pcode, (int) b.u32("ParentID"), position,
                rotation, b.vector3("Scale"), b.u32("CRC"), b.u32("UpdateFlags"), null, name, null, null);
    }

    static WorldObject fromCompressed(long handle, long updateFlags, byte[] data) {
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        UUID id = uuid(b);
        int localId = b.getInt();
        int pcode = b.get() & 0xFF;
        b.get(); // state
        long crc = Integer.toUnsignedLong(b.getInt());
        b.get(); // material
        b.get(); // click action
        Vector3 scale = vector(b);
        Vector3 position = vector(b);
        Quaternion rotation = Quaternion.fromWire(b.getFloat(), b.getFloat(), b.getFloat());
        int flags = b.getInt();
        UUID owner = uuid(b);
        if ((flags & CompressedFlags.HAS_ANGULAR_VELOCITY) != 0) {
            b.position(b.position() + 12); // angular velocity
        }
        int parent = (flags & CompressedFlags.HAS_PARENT) != 0 ? b.getInt() : 0;
        if ((flags & CompressedFlags.TREE) != 0) {
            b.get(); // tree species
        } else if ((flags & CompressedFlags.SCRATCH_PAD) != 0) {
            int size = b.get() & 0xFF;
            b.position(b.position() + size);
        }
        if ((flags & CompressedFlags.HAS_TEXT) != 0) {
            cString(b);
            b.position(b.position() + 4); // text colour
        }
        if ((flags & CompressedFlags.MEDIA_URL) != 0) {
            cString(b);
        }
        if ((flags & CompressedFlags.HAS_PARTICLES) != 0) {
            b.position(b.position() + 86);
        }
        int params = b.get() & 0xFF;
        for (int i = 0; i < params; i++) {
            b.getShort();
            int len = b.getInt();
            b.position(b.position() + len);
        }
        if ((flags & CompressedFlags.HAS_SOUND) != 0) {
            b.position(b.position() + 16 + 4 + 1 + 4);
        }
        String name = null;
        if ((flags & CompressedFlags.HAS_NAME_VALUES) != 0 && pcode == PCode.AVATAR) {
            name = avatarName(cString(b));
        }
        boolean ownerKnown = owner.getMostSignificantBits() != 0 || owner.getLeastSignificantBits() != 0;
        return new WorldObject(handle, localId, id, pcode, parent, position, rotation, scale, crc, updateFlags,
                ownerKnown ? owner : null, name, null, null);
    }

    static TerseMotion fromTerse(byte[] data) {
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        int localId = b.getInt();
        b.get(); // state
        boolean avatar = b.get() != 0;
        if (avatar) {
            b.position(b.position() + 16); // collision plane
        }
        Vector3 position = vector(b);
        b.position(b.position() + 12); // velocity, acceleration
        Quaternion rotation = normalized(u16(b, -1, 1), u16(b, -1, 1), u16(b, -1, 1), u16(b, -1, 1));
        return new TerseMotion(localId, avatar, position, rotation);
    }

    static ObjectDetails fromProperties(Block b) {
        return new ObjectDetails(b.uuid("ObjectID"), b.uuid("OwnerID"), b.uuid("CreatorID"), b.uuid("GroupID"),
                b.uuid("LastOwnerID"), b.u64("CreationDate"), new PermissionMasks((int) b.u32("BaseMask"),
                (int) b.u32("OwnerMask"), (int) b.u32("GroupMask"), (int) b.u32("EveryoneMask"),
                (int) b.u32("NextOwnerMask")), b.string("Name"), b.string("Description"), b.u8("SaleType"),
                b.s32("SalePrice"));
    }

    static ObjectDetails fromFamily(Block b) {
        return new ObjectDetails(b.uuid("ObjectID"), b.uuid("OwnerID"), null, b.uuid("GroupID"),
                b.uuid("LastOwnerID"), 0, new PermissionMasks((int) b.u32("BaseMask"), (int) b.u32("OwnerMask"),
                (int) b.u32("GroupMask"), (int) b.u32("EveryoneMask"), (int) b.u32("NextOwnerMask")),
                b.string("Name"), b.string("Description"), b.u8("SaleType"), b.s32("SalePrice"));
    }

    static InventoryObject fromItem(Block b) {
        return new InventoryObject(b.uuid("ItemID"), b.uuid("FolderID"), b.uuid("AssetID"), b.uuid("CreatorID"),
                b.uuid("OwnerID"), b.uuid("GroupID"), new PermissionMasks((int) b.u32("BaseMask"),
                (int) b.u32("OwnerMask"), (int) b.u32("GroupMask"), (int) b.u32("EveryoneMask"),
                (int) b.u32("NextOwnerMask")), b.s8("Type"), b.s8("InvType"), b.u32("Flags"), b.u8("SaleType"),
                b.s32("SalePrice"), b.string("Name"), b.string("Description"), b.s32("CreationDate"));
    }

    /** "First Last" from an avatar's name values ("FirstName STRING RW SV Test\nLastName STRING RW SV Alice..."). */
    static String avatarName(String nameValues) {
        String first = null;
        String last = null;
        for (String line : nameValues.split("\n")) {
            String[] p = line.split(" ", 5);
            if (p.length == 5 && p[0].equals("FirstName")) {
                first = p[4].trim();
            } else if (p.length == 5 && p[0].equals("LastName")) {
                last = p[4].trim();
            }
        }
        if (first == null && last == null) {
            return null;
        }
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    }

    private static Vector3 vector(ByteBuffer b) {
        return new Vector3(b.getFloat(), b.getFloat(), b.getFloat());
    }

    private static UUID uuid(ByteBuffer b) {
        ByteOrder o = b.order();
        b.order(ByteOrder.BIG_ENDIAN);
        UUID id = new UUID(b.getLong(), b.getLong());
        b.order(o);
        return id;
    }

    private static String cString(ByteBuffer b) {
        int start = b.position();
        while (b.get() != 0) {
            // to the NUL
        }
        return new String(b.array(), start, b.position() - start - 1, StandardCharsets.UTF_8);
    }

    private static float u16(ByteBuffer b, float lower, float upper) {
        return PackedFloat.unpack(b.getShort(), lower, upper);
    }

    private static float u8(ByteBuffer b, float lower, float upper) {
        int v = b.get() & 0xFF;
        return lower + (upper - lower) * v / 255f;
    }

    private static Quaternion normalized(float x, float y, float z, float w) {
        double n = Math.sqrt((double) x * x + (double) y * y + (double) z * z + (double) w * w);
        return n < 1e-6 ? Quaternion.IDENTITY
                : new Quaternion((float) (x / n), (float) (y / n), (float) (z / n), (float) (w / n));
    }
}
