package io.gridprobe.harness.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The permission bits of objects and items (U32 masks, shared by viewer and simulator). The low four bits of an
 * item's masks are "folded" copies of the next-owner rights of its contents; grids set them on taken objects.
 */
public final class PermissionMask {
    public static final int TRANSFER = 0x2000;
    public static final int MODIFY = 0x4000;
    public static final int COPY = 0x8000;
    public static final int EXPORT = 0x10000;
    public static final int MOVE = 0x80000;
    /** Copy, modify and transfer: what "full permissions" means to a user. */
    public static final int FULL = COPY | MODIFY | TRANSFER;
    public static final int FOLDED_TRANSFER = 0x1;
    public static final int FOLDED_MODIFY = 0x2;
    public static final int FOLDED_COPY = 0x4;
    public static final int FOLDED_EXPORT = 0x8;
    public static final int FOLDED_MASK = 0xF;

    private PermissionMask() {
    }

    public static boolean has(int mask, int bits) {
        return (mask & bits) == bits;
    }

    /** "move copy modify transfer" (the bits set), "none" for 0, with the hex value for anything else. */
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
