package io.gridprobe.protocol.wire;

/** The flags word of an ObjectUpdateCompressed record: which optional parts follow, in this order of bits. */
public final class CompressedFlags {
    public static final int SCRATCH_PAD = 0x01;
    public static final int TREE = 0x02;
    public static final int HAS_TEXT = 0x04;
    public static final int HAS_PARTICLES = 0x08;
    public static final int HAS_SOUND = 0x10;
    public static final int HAS_PARENT = 0x20;
    public static final int TEXTURE_ANIMATION = 0x40;
    public static final int HAS_ANGULAR_VELOCITY = 0x80;
    public static final int HAS_NAME_VALUES = 0x100;
    public static final int MEDIA_URL = 0x200;

    private CompressedFlags() {
    }
}
