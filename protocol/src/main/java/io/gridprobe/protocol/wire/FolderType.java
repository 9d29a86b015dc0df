package io.gridprobe.protocol.wire;

/**
 * Folder (category) type numbers: the preferred type of a system folder ({@code type_default} in the login
 * skeleton). Most equal the asset type the folder holds; trash, lost and found, outfits and the rest have their own.
 */
public final class FolderType {
    /** A folder the user made. */
    public static final int NONE = -1;
    public static final int TEXTURES = 0;
    public static final int SOUNDS = 1;
    public static final int CALLING_CARDS = 2;
    public static final int LANDMARKS = 3;
    public static final int CLOTHING = 5;
    public static final int OBJECTS = 6;
    public static final int NOTECARDS = 7;
    public static final int ROOT = 8;
    public static final int SCRIPTS = 10;
    public static final int BODY_PARTS = 13;
    public static final int TRASH = 14;
    public static final int PHOTO_ALBUM = 15;
    public static final int LOST_AND_FOUND = 16;
    public static final int ANIMATIONS = 20;
    public static final int GESTURES = 21;
    public static final int FAVORITES = 23;
    public static final int CURRENT_OUTFIT = 46;
    public static final int SETTINGS = 56;

    private FolderType() {
    }
}
