package io.gridprobe.harness.inventory;

import static io.gridprobe.protocol.wire.PermissionBits.COPY;
import static io.gridprobe.protocol.wire.PermissionBits.COPY_MODIFY_TRANSFER;
import static io.gridprobe.protocol.wire.PermissionBits.MODIFY;
import static io.gridprobe.protocol.wire.PermissionBits.MOVE;
import static io.gridprobe.protocol.wire.PermissionBits.TRANSFER;

import java.util.ArrayList;
import java.util.List;

/**
 * The five permission masks of an inventory item, as the grid reports them (U32 bit sets held in ints). The bits a
 * user sets are copy, modify and transfer; move is always on (the bits are
 * {@link io.gridprobe.protocol.wire.PermissionBits}); grids also keep
 * export and low "folded" bits, which {@link #userBits(int)} leaves out.
 */
public record Permissions(int base, int owner, int group, int everyone, int nextOwner) {
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

    @Override
    public String toString() {
        return String.format("base 0x%x, owner 0x%x (%s), group 0x%x, everyone 0x%x, next 0x%x (%s)", base, owner,
                describe(owner), group, everyone, nextOwner, describe(nextOwner));
    }
}
