package io.gridprobe.protocol.wire;

/**
 * Group power bits (the viewer's {@code GP_*} constants, a U64 on the wire) and the two role presets a new group
 * gets in OpenSimulator's groups service: "Everyone" for plain members and "Owners" for the founder.
 */
public final class GroupPowers {
    public static final long INVITE = 1L << 1;
    public static final long JOIN_CHAT = 1L << 16;
    public static final long ALLOW_VOICE_CHAT = 1L << 27;
    public static final long ALLOW_SET_HOME = 1L << 28;
    public static final long ACCOUNTABLE = 1L << 40;
    public static final long RECEIVE_NOTICES = 1L << 43;
    public static final long START_PROPOSAL = 1L << 44;
    public static final long VOTE_ON_PROPOSAL = 1L << 45;

    /** What every member may do. */
    public static final long EVERYONE = ALLOW_SET_HOME | ACCOUNTABLE | JOIN_CHAT | ALLOW_VOICE_CHAT | RECEIVE_NOTICES
            | START_PROPOSAL | VOTE_ON_PROPOSAL;

    /** The founder may do everything: every power bit the viewer defines (1 to 51). */
    public static final long OWNER = ((1L << 52) - 1) & ~1L;

    private GroupPowers() {
    }
}
