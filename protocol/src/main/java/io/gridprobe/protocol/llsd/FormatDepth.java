package io.gridprobe.protocol.llsd;

/** Guards shared by the three LLSD formatters. */
final class FormatDepth {
    private FormatDepth() {
    }

    /**
     * Refuses to write nesting the parsers would refuse to read back (and turns a self-containing map
     * into an error instead of a StackOverflowError).
     */
    static void check(int depth) {
        if (depth > ParseLimits.DEFAULT.maxDepth()) {
            throw new IllegalArgumentException("LLSD value nested deeper than " + ParseLimits.DEFAULT.maxDepth());
        }
    }

    static String key(Object key) {
        if (key instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("LLSD map keys must be Strings, got " + (key == null ? "null" : key.getClass().getName()));
    }
}
