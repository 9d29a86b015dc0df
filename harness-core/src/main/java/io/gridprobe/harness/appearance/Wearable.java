package io.gridprobe.harness.appearance;

import java.util.List;
import java.util.UUID;

/**
 * An item worn in a wearable slot.
 *
 * @param type the slot: 0 shape, 1 skin, 2 hair, 3 eyes (the body parts every avatar needs), 4 shirt, 5 pants,
 *             6 shoes, 7 socks, 8 jacket, 9 gloves, 10 undershirt, 11 underpants, 12 skirt, 13 alpha, 14 tattoo,
 *             15 physics, 16 universe
 */
public record Wearable(UUID itemId, UUID assetId, int type) {
    private static final List<String> NAMES = List.of("shape", "skin", "hair", "eyes", "shirt", "pants", "shoes",
            "socks", "jacket", "gloves", "undershirt", "underpants", "skirt", "alpha", "tattoo", "physics", "universe");

    public static final int SHAPE = 0;
    public static final int SKIN = 1;
    public static final int HAIR = 2;
    public static final int EYES = 3;

    /** Shape, skin, hair and eyes: without all four a viewer shows a cloud instead of an avatar. */
    public boolean isBodyPart() {
        return type <= EYES;
    }

    public String typeName() {
        return type >= 0 && type < NAMES.size() ? NAMES.get(type) : "type " + type;
    }
}
