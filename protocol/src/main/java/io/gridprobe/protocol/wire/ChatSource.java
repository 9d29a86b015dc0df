package io.gridprobe.protocol.wire;

/** ChatFromSimulator's SourceType (who spoke) and Audible (how well the listener heard it) codes. */
public final class ChatSource {
    public static final int SYSTEM = 0;
    public static final int AGENT = 1;
    public static final int OBJECT = 2;

    /** Audible: heard in full (the listener is in range). */
    public static final int AUDIBLE_FULLY = 1;

    private ChatSource() {
    }
}
