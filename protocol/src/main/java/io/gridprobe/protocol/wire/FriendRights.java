package io.gridprobe.protocol.wire;

/** The rights one friend grants another (the Rights of ChangeUserRights, the friend list of the login reply). */
public final class FriendRights {
    public static final int CAN_SEE_ONLINE = 1;
    public static final int CAN_SEE_ON_MAP = 2;
    public static final int CAN_MODIFY_OBJECTS = 4;

    private FriendRights() {
    }
}
