package io.gridprobe.harness.objects;

import io.gridprobe.protocol.wire.PermissionBits;
import io.gridprobe.protocol.wire.PermissionField;

/** The five masks of an object or an inventory item. */
public record PermissionMasks(int base, int owner, int group, int everyone, int nextOwner) {
    public int of(PermissionField field) {
        return switch (field) {
            case BASE -> base;
            case OWNER -> owner;
            case GROUP -> group;
            case EVERYONE -> everyone;
            case NEXT_OWNER -> nextOwner;
        };
    }

    /**
     * Whether these masks show a change of {@code field} (set or cleared {@code mask}) as a grid applies it: bits the
     * base lacks cannot be granted, and a next-owner mask always keeps move, and keeps transfer when it lacks copy.
     */
    public boolean reflects(PermissionField field, boolean set, int mask) {
        int value = of(field);
        if (field == PermissionField.BASE) {
            return set ? (value & mask) == mask : (value & mask) == 0;
        }
        if (set) {
            return (value & mask & base) == (mask & base);
        }
        int forced = 0;
        if (field == PermissionField.NEXT_OWNER) {
            forced = PermissionBits.MOVE | ((value & PermissionBits.COPY) == 0 ? PermissionBits.TRANSFER : 0);
        }
        return (value & mask & ~forced) == 0;
    }

    @Override
    public String toString() {
        return "base 0x" + Integer.toHexString(base) + ", owner 0x" + Integer.toHexString(owner) + ", group 0x"
                + Integer.toHexString(group) + ", everyone 0x" + Integer.toHexString(everyone) + ", next owner 0x"
                + Integer.toHexString(nextOwner);
    }
}
