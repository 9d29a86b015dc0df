package io.gridprobe.harness.movement;

import java.util.Set;
import java.util.UUID;

/**
 * The viewer's built-in animations a simulator plays for an avatar's movement (their asset ids are the same on every
 * grid): what the grid says an avatar is doing, as opposed to the keys the harness holds.
 */
public final class StandardAnimations {
    public static final UUID STAND = UUID.fromString("2408fe9e-df1d-1d7d-f4ff-1384fa7b350f");
    public static final UUID WALK = UUID.fromString("6ed24bd8-91aa-4b12-ccc7-c97c857ab4e0");
    public static final UUID RUN = UUID.fromString("05ddbff8-aaa9-92a1-2b74-8fe77a29b445");
    public static final UUID FLY = UUID.fromString("aec4610c-757f-bc4e-c092-c6e9caf18daf");
    public static final UUID HOVER = UUID.fromString("4ae8016b-31b9-03bb-c401-b1ea941db41d");
    public static final UUID HOVER_UP = UUID.fromString("62c5de58-cb33-5743-3d07-9e4cd4352864");
    public static final UUID HOVER_DOWN = UUID.fromString("20f063ea-8306-2562-0b07-5c853b37b31e");
    public static final UUID LAND = UUID.fromString("7a17b059-12b2-41b1-570a-186368b6aa6f");
    public static final UUID FALLDOWN = UUID.fromString("666307d9-a860-572d-6fd4-c3ab8865c094");

    /** Every animation of an avatar in the air by its own will. */
    public static final Set<UUID> AIRBORNE = Set.of(FLY, HOVER, HOVER_UP, HOVER_DOWN);
    /** Every animation of an avatar going somewhere on foot. */
    public static final Set<UUID> ON_FOOT = Set.of(WALK, RUN);

    private StandardAnimations() {
    }
}
