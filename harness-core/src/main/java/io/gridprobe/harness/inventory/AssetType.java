package io.gridprobe.harness.inventory;

/** Asset and inventory type numbers of the Second Life protocol (the ones the harness deals with). */
public final class AssetType {
    public static final int TEXTURE = 0;
    public static final int SOUND = 1;
    public static final int CALLING_CARD = 2;
    public static final int LANDMARK = 3;
    public static final int CLOTHING = 5;
    public static final int OBJECT = 6;
    public static final int NOTECARD = 7;
    /** The bucket type of a folder offer. */
    public static final int FOLDER = 8;
    public static final int LSL_TEXT = 10;
    public static final int BODY_PART = 13;
    public static final int ANIMATION = 20;
    public static final int GESTURE = 21;
    public static final int LINK = 24;
    public static final int LINK_FOLDER = 25;

    /** Inventory type numbers where they differ from the asset type. */
    public static final int INV_NOTECARD = 7;
    public static final int INV_LSL = 10;
    public static final int INV_OBJECT = 6;

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
