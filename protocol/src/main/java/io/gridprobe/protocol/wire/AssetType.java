package io.gridprobe.protocol.wire;

/** Asset type numbers (an item's Type, an offer's bucket type, a folder's preferred type where they agree). */
public final class AssetType {
    public static final int TEXTURE = 0;
    public static final int SOUND = 1;
    public static final int CALLING_CARD = 2;
    public static final int LANDMARK = 3;
    public static final int CLOTHING = 5;
    public static final int OBJECT = 6;
    public static final int NOTECARD = 7;
    /** A folder (category); also the bucket type of a folder offer. */
    public static final int FOLDER = 8;
    public static final int LSL_TEXT = 10;
    public static final int BODY_PART = 13;
    public static final int ANIMATION = 20;
    public static final int GESTURE = 21;
    public static final int LINK = 24;
    public static final int LINK_FOLDER = 25;

    private AssetType() {
    }

    public static String name(int type) {
        return switch (type) {
            case TEXTURE -> "texture";
            case SOUND -> "sound";
            case CALLING_CARD -> "calling card";
            case LANDMARK -> "landmark";
            case CLOTHING -> "clothing";
            case OBJECT -> "object";
            case NOTECARD -> "notecard";
            case FOLDER -> "folder";
            case LSL_TEXT -> "script";
            case BODY_PART -> "body part";
            case ANIMATION -> "animation";
            case GESTURE -> "gesture";
            case LINK -> "link";
            case LINK_FOLDER -> "folder link";
            default -> "type " + type;
        };
    }
}
