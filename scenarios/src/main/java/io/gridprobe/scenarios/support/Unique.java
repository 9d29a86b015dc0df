package io.gridprobe.scenarios.support;

import java.util.UUID;

/**
 * Text no earlier run or test used, so that a wait never matches what an earlier one left (a chat line, an IM, an
 * offer of the same name) and a real grid's leftovers are recognisable.
 */
public final class Unique {
    private Unique() {
    }

    /** "gridprobe <what> 1a2b3c4d": a name for something made on the grid (an item, a folder, a group, a prim). */
    public static String name(String what) {
        return "gridprobe " + what + " " + suffix();
    }

    /** "<text> #1a2b3c4d": a line said or sent (chat, IM). */
    public static String line(String text) {
        return text + " #" + suffix();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
