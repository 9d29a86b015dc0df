package io.gridprobe.protocol.wire;

/** DeRezObject's Destination: where the objects go. */
public final class DeRezDestination {
    public static final int TAKE_COPY = 1;
    public static final int TAKE = 4;
    public static final int TRASH = 6;
    public static final int RETURN = 9;

    private DeRezDestination() {
    }
}
