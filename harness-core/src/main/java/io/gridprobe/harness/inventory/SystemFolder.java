package io.gridprobe.harness.inventory;

/** The system folders of an inventory, by the {@code type_default} a grid gives them in the login skeleton. */
public enum SystemFolder {
    ROOT(8),
    TEXTURES(0),
    SOUNDS(1),
    CALLING_CARDS(2),
    LANDMARKS(3),
    CLOTHING(5),
    OBJECTS(6),
    NOTECARDS(7),
    SCRIPTS(10),
    BODY_PARTS(13),
    TRASH(14),
    PHOTO_ALBUM(15),
    LOST_AND_FOUND(16),
    ANIMATIONS(20),
    GESTURES(21),
    FAVORITES(23),
    CURRENT_OUTFIT(46);

    private final int typeDefault;

    SystemFolder(int typeDefault) {
        this.typeDefault = typeDefault;
    }

    public int typeDefault() {
        return typeDefault;
    }
}
