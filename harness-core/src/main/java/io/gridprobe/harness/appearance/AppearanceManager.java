package io.gridprobe.harness.appearance;

import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.harness.core.AgentManager;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.packet.Block;
import io.gridprobe.protocol.packet.MessageBuilder;
import io.gridprobe.protocol.types.Vector3;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The agent's wearables and appearance, the way viewers did it before server-side baking (and OpenSimulator still
 * does): AgentWearablesRequest → AgentWearablesUpdate, AgentIsNowWearing, AgentSetAppearance (which the grid
 * relays to others as AvatarAppearance). {@link #ready()} is what an avatar needs before others see it properly,
 * on either kind of grid.
 */
public final class AppearanceManager extends AgentManager {
    /** OpenSimulator answers AgentWearablesRequest after about 4 s (captures); allow well over that. */
    private static final Duration WEARABLES = Duration.ofSeconds(20);
    private static final String SERVER_SIDE_BAKING_CAP = "UpdateAvatarAppearance";
    /** A plain avatar's size for AgentSetAppearance (metres). */
    private static final Vector3 AVATAR_SIZE = new Vector3(0.45f, 0.6f, 1.9f);

    private final AtomicInteger serial = new AtomicInteger();

    public AppearanceManager(AgentCore agent) {
        super(agent);
    }

    /** Asks the grid what the avatar wears; completes with the AgentWearablesUpdate's items. */
    public CompletableFuture<List<Wearable>> requestWearables() {
        CompletableFuture<UdpMessage> update = agent.waitForMessage("AgentWearablesUpdate",
                m -> m.message().block("AgentData").uuid("AgentID").equals(agent.id()), WEARABLES);
        agent.sendReliable(agent.message("AgentWearablesRequest").build());
        return update.thenApply(m -> {
            List<Wearable> worn = new ArrayList<>();
            for (Block b : m.message().blocks("WearableData")) {
                worn.add(new Wearable(b.uuid("ItemID"), b.uuid("AssetID"), b.u8("WearableType")));
            }
            return List.copyOf(worn);
        });
    }

    /** Tells the grid what the avatar now wears (AgentIsNowWearing); completes when the grid has it. */
    public CompletableFuture<Void> wearing(List<Wearable> items) {
        MessageBuilder b = agent.message("AgentIsNowWearing");
        for (Wearable w : items) {
            b.block("WearableData").set("ItemID", w.itemId()).set("WearableType", w.type());
        }
        return agent.sendReliable(b.build());
    }

    /**
     * Sends the avatar's look (AgentSetAppearance): a texture entry and one byte per visual parameter (viewers send
     * 218 or more). Completes when the grid has it; observers get it as AvatarAppearance.
     */
    public CompletableFuture<Void> setAppearance(byte[] textureEntry, byte[] visualParams) {
        MessageBuilder b = agent.message("AgentSetAppearance").set("SerialNum", serial.incrementAndGet())
                .set("Size", AVATAR_SIZE).block("ObjectData").set("TextureEntry", textureEntry);
        for (byte p : visualParams) {
            b.block("VisualParam").set("ParamValue", p & 0xFF);
        }
        return agent.sendReliable(b.build());
    }

    /**
     * A texture entry a fresh avatar has: the viewer's grey default avatar texture on every face and default face
     * properties (each a default value without per-face exceptions; a 0 byte ends each list).
     */
    public static byte[] plainTextureEntry() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(64).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        java.util.UUID grey = java.util.UUID.fromString("c228d1cf-4b5d-4ba8-84f4-899a0796aa97");
        b.order(java.nio.ByteOrder.BIG_ENDIAN).putLong(grey.getMostSignificantBits())
                .putLong(grey.getLeastSignificantBits()).order(java.nio.ByteOrder.LITTLE_ENDIAN).put((byte) 0);
        b.putInt(0).put((byte) 0);                                   // colour, stored inverted: opaque white
        b.putFloat(1f).put((byte) 0).putFloat(1f).put((byte) 0);     // scale u, v
        b.putShort((short) 0).put((byte) 0).putShort((short) 0).put((byte) 0); // offset u, v
        b.putShort((short) 0).put((byte) 0);                         // rotation
        b.put(new byte[] {0, 0, 0, 0, 0, 0});                        // material, media, glow
        b.put(new byte[16]).put((byte) 0);                           // material id
        return b.array();
    }

    /**
     * Completes when the avatar's appearance is settled as far as the grid is concerned: on a grid that bakes
     * server-side at once (nothing to ask; the trace says so), elsewhere when the grid has answered the wearables
     * request.
     */
    public CompletableFuture<AppearanceReadiness> ready() {
        if (agent.region().connection().capabilities().has(SERVER_SIDE_BAKING_CAP)) {
            agent.trace().note("appearance", "the grid bakes appearance server-side (" + SERVER_SIDE_BAKING_CAP
                    + "): no AgentWearablesRequest, the outfit is the Current Outfit folder");
            return CompletableFuture.completedFuture(
                    new AppearanceReadiness(AppearanceReadiness.Mode.SERVER_SIDE_BAKING, List.of()));
        }
        return requestWearables().thenApply(w ->
                new AppearanceReadiness(AppearanceReadiness.Mode.WEARABLES_FROM_GRID, w));
    }
}
