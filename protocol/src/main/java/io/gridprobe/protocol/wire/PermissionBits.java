package io.gridprobe.protocol.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * The permission bits of objects and items (the five U32 masks: base, owner, group, everyone, next owner). The low
 * four bits are "folded" copies of the next-owner rights of an object's contents, which grids set on a taken object:
 * {@code (mask >> FOLDING_SHIFT) & FOLDED_MASK} of the contents' transfer, modify, copy and export bits.
 */
public final class PermissionBits {
    public static final int FOLDED_TRANSFER = 0x1;
    public static final int FOLDED_MODIFY = 0x2;
    public static final int FOLDED_COPY = 0x4;
    public static final int FOLDED_EXPORT = 0x8;
    public static final int FOLDED_MASK = 0xF;
    /** How far TRANSFER lies above FOLDED_TRANSFER. */
    public static final int FOLDING_SHIFT = 13;

    public static final int TRANSFER = 0x2000;
    public static final int MODIFY = 0x4000;
    public static final int COPY = 0x8000;
    public static final int EXPORT = 0x10000;
    public static final int MOVE = 0x80000;

    /** Copy, modify and transfer: what "full permissions" means to a user, the bits the dialogs show. */
    public static final int COPY_MODIFY_TRANSFER = COPY | MODIFY | TRANSFER;
    /** Every bit with a meaning of its own (the folded bits left out). */
    public static final int ALL = TRANSFER | MODIFY | COPY | EXPORT | MOVE;

    private PermissionBits() {
    }

    /** Whether every bit of {@code bits} is set in {@code mask}. */
    public static boolean has(int mask, int bits) {
        return (mask & bits) == bits;
    }

    /** "move copy modify transfer" (the bits set), "none" for 0, with the hex value: for failure messages. */
    public static String describe(int mask) {
        List<String> parts = new ArrayList<>();
        if ((mask & MOVE) != 0) {
            parts.add("move");
        }
        if ((mask & COPY) != 0) {
            parts.add("copy");
        }
        if ((mask & MODIFY) != 0) {
            parts.add("modify");
        }
        if ((mask & TRANSFER) != 0) {
            parts.add("transfer");
        }
        if ((mask & EXPORT) != 0) {
            parts.add("export");
        }
        String words = parts.isEmpty() ? "none" : String.join(" ", parts);
        return words + " (0x" + Integer.toHexString(mask) + ")";
    }
}
