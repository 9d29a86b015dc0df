package io.gridprobe.harness.movement;

import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.protocol.wire.PackedFloat;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads positions out of the object updates a region sends: the motion block of a full ObjectUpdate (76 bytes for
 * avatars, with a collision plane first; 60 for prims) and the Data of an ImprovedTerseObjectUpdate (local id, state,
 * avatar flag, an avatar's collision plane, position as floats, then velocity and the rest quantised to 16 bits).
 */
final class ObjectMotion {
    /** What a terse update says of one object. */
    record Terse(int localId, boolean avatar, Vector3 position, Vector3 velocity) {
    }

    private ObjectMotion() {
    }

    /** The position in a full update's ObjectData, or null for a layout that is not a full-precision one. */
    static Vector3 fullUpdatePosition(byte[] objectData) {
        int at = switch (objectData.length) {
            case 76 -> 16; // avatar: collision plane, then position
            case 60 -> 0;
            default -> -1;
        };
        if (at < 0) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(objectData).order(ByteOrder.LITTLE_ENDIAN);
        return new Vector3(b.getFloat(at), b.getFloat(at + 4), b.getFloat(at + 8));
    }

    /** A terse update's Data, or null when it is too short to hold a position. */
    static Terse terse(byte[] data) {
        if (data.length < 6) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        int localId = b.getInt(0);
        boolean avatar = b.get(5) != 0;
        int at = avatar ? 22 : 6;
        if (data.length < at + 18) {
            return null;
        }
        Vector3 p = new Vector3(b.getFloat(at), b.getFloat(at + 4), b.getFloat(at + 8));
        Vector3 v = new Vector3(u16(b, at + 12, 128), u16(b, at + 14, 128), u16(b, at + 16, 128));
        return new Terse(localId, avatar, p, v);
    }

    private static float u16(ByteBuffer b, int at, float range) {
        return PackedFloat.unpack(b.getShort(at), -range, range);
    }
}
