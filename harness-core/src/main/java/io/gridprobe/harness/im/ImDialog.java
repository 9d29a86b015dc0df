package io.gridprobe.harness.im;

/**
 * ImprovedInstantMessage.Dialog codes the harness uses. One message type carries IMs, typing notices, friendship
 * offers, inventory offers, lures and group traffic; each manager handles only its own dialogs.
 */
public final class ImDialog {
    public static final int MESSAGE_FROM_AGENT = 0;
    public static final int MESSAGE_FROM_OBJECT = 19;
    public static final int BUSY_AUTO_RESPONSE = 20;
    public static final int FRIENDSHIP_OFFERED = 38;
    public static final int FRIENDSHIP_ACCEPTED = 39;
    public static final int FRIENDSHIP_DECLINED = 40;
    public static final int START_TYPING = 41;
    public static final int STOP_TYPING = 42;

    private ImDialog() {
    }
}
