package io.gridprobe.protocol.llsd;

/**
 * Caps applied to untrusted input by the LLSD and XML-RPC parsers, so that a hostile or broken peer
 * gets a typed exception instead of exhausting memory or the stack.
 *
 * @param maxInputBytes largest accepted document (bytes; characters for {@code String} input)
 * @param maxDepth      deepest accepted nesting of maps/arrays (structs/arrays for XML-RPC)
 */
public record ParseLimits(int maxInputBytes, int maxDepth) {
    /** 16 MiB and 256 levels: far above anything a grid sends (seed/event-queue replies are a few KiB). */
    public static final ParseLimits DEFAULT = new ParseLimits(16 * 1024 * 1024, 256);

    public ParseLimits {
        if (maxInputBytes < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxInputBytes + ", " + maxDepth);
        }
    }

    /** True when a document of {@code size} bytes must be refused. */
    public boolean tooLarge(long size) {
        return size > maxInputBytes;
    }
}
