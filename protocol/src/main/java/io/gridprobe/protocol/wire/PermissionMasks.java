package io.gridprobe.protocol.wire;

import static io.gridprobe.protocol.wire.PermissionBits.COPY;
import static io.gridprobe.protocol.wire.PermissionBits.COPY_MODIFY_TRANSFER;
import static io.gridprobe.protocol.wire.PermissionBits.MODIFY;
import static io.gridprobe.protocol.wire.PermissionBits.MOVE;
import static io.gridprobe.protocol.wire.PermissionBits.TRANSFER;

import java.util.ArrayList;
import java.util.List;

/**
 * The five permission masks of an object or an inventory item, as the grid reports them (U32 bit sets held in ints).
 * The bits a user sets are copy, modify and transfer; move is always on (the bits are {@link PermissionBits});
 * grids also keep export and low "folded" bits, which {@link #userBits(int)} leaves out.
 */
public record PermissionMasks(int base, int owner, int group, int everyone, int nextOwner) {
    /** What a viewer sends for "next owner may copy, modify and transfer" (the bits plus move). */
    public static final int FULL = MOVE | COPY_MODIFY_TRANSFER;

    /** Only the copy/modify/transfer bits of a mask. */
    public static int userBits(int mask) {
        return mask & COPY_MODIFY_TRANSFER;
    }

    /** A next-owner (or everyone, group) mask as a viewer sends it: move plus the given bits. */
    public static int mask(boolean copy, boolean modify, boolean transfer) {
        return MOVE | (copy ? COPY : 0) | (modify ? MODIFY : 0) | (transfer ? TRANSFER : 0);
    }

    public boolean ownerCanCopy() {
        return (owner & COPY) != 0;
    }

    public boolean ownerCanModify() {
        return (owner & MODIFY) != 0;
    }

    public boolean ownerCanTransfer() {
        return (owner & TRANSFER) != 0;
    }

    /** "copy+modify+transfer", "transfer", "none": the user bits of a mask in words. */
    public static String describe(int mask) {
        List<String> words = new ArrayList<>();
        if ((mask & COPY) != 0) {
            words.add("copy");
        }
        if ((mask & MODIFY) != 0) {
            words.add("modify");
        }
        if ((mask & TRANSFER) != 0) {
            words.add("transfer");
        }
        return words.isEmpty() ? "none" : String.join("+", words);
    }

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
            forced = MOVE | ((value & COPY) == 0 ? TRANSFER : 0);
        }
        return (value & mask & ~forced) == 0;
    }

    @Override
    public String toString() {
        return String.format("base 0x%x, owner 0x%x (%s), group 0x%x, everyone 0x%x, next 0x%x (%s)", base, owner,
                describe(owner), group, everyone, nextOwner, describe(nextOwner));
    }
}
