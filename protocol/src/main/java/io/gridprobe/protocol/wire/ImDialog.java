package io.gridprobe.protocol.wire;

/**
 * ImprovedInstantMessage.Dialog codes. One message type carries IMs, typing notices, friendship and inventory
 * offers, group invitations and group chat; each side handles only the dialogs of its own feature. (Session drop is
 * 18, after the "cardless start" 16: the viewer's IM_SESSION_LEAVE.)
 */
public final class ImDialog {
    public static final int MESSAGE_FROM_AGENT = 0;
    public static final int MESSAGE_BOX = 1;
    public static final int GROUP_INVITATION = 3;
    public static final int INVENTORY_OFFERED = 4;
    public static final int INVENTORY_ACCEPTED = 5;
    public static final int INVENTORY_DECLINED = 6;
    public static final int SESSION_GROUP_START = 15;
    public static final int SESSION_SEND = 17;
    public static final int SESSION_DROP = 18;
    public static final int MESSAGE_FROM_OBJECT = 19;
    public static final int BUSY_AUTO_RESPONSE = 20;
    public static final int GROUP_INVITATION_ACCEPT = 35;
    public static final int GROUP_INVITATION_DECLINE = 36;
    public static final int FRIENDSHIP_OFFERED = 38;
    public static final int FRIENDSHIP_ACCEPTED = 39;
    public static final int FRIENDSHIP_DECLINED = 40;
    public static final int START_TYPING = 41;
    public static final int STOP_TYPING = 42;

    private ImDialog() {
    }

    public static boolean isTyping(int dialog) {
        return dialog == START_TYPING || dialog == STOP_TYPING;
    }
}
