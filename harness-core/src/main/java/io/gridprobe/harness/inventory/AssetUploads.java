package io.gridprobe.harness.inventory;

import io.gridprobe.protocol.caps.MissingCapabilityException;
import io.gridprobe.protocol.llsd.Llsd;
import io.gridprobe.protocol.wire.AssetType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Saving an item's asset in the capabilities' two steps (POST {item_id} → {uploader, state: "upload"}; POST the bytes
 * to the uploader → {state: "complete", new_asset, ...}) and reading an asset back through ViewerAsset.
 */
final class AssetUploads {
    static final String NOTECARD_CAP = "UpdateNotecardAgentInventory";
    static final String SCRIPT_CAP = "UpdateScriptAgent";
    static final String VIEWER_ASSET_CAP = "ViewerAsset";

    /** The second step's answer, kept whole for the script fields. */
    record Completed(UUID assetId, Map<?, ?> answer) {
    }

    private final InventoryContext ctx;

    AssetUploads(InventoryContext ctx) {
        this.ctx = ctx;
    }

    CompletableFuture<Completed> upload(String capName, UUID itemId, byte[] data) {
        URI cap;
        try {
            cap = ctx.caps().require(capName);
        } catch (MissingCapabilityException e) {
            return CompletableFuture.failedFuture(new InventoryException("cannot save item " + itemId + ": "
                    + e.getMessage(), e));
        }
        return ctx.capsClient().postLlsd(capName, cap, Llsd.mapOf("item_id", itemId)).thenCompose(first -> {
            Map<?, ?> m = first instanceof Map<?, ?> mm ? mm : Map.of();
            if (!"upload".equals(m.get("state")) || !(m.get("uploader") instanceof String uploader)) {
                throw new InventoryException(capName + " refused to upload item " + itemId + ": " + describe(first));
            }
            return ctx.capsClient().postBytes(capName + " uploader", URI.create(uploader.strip()), data,
                    "application/octet-stream");
        }).thenApply(second -> {
            Map<?, ?> m = second instanceof Map<?, ?> mm ? mm : Map.of();
            if (!"complete".equals(m.get("state"))) {
                throw new InventoryException(capName + " did not complete the upload of item " + itemId + ": "
                        + describe(second));
            }
            UUID asset = InventoryParsing.uuid(m.get("new_asset"));
            return new Completed(asset, m);
        });
    }

    /** Reads a script upload's answer: Second Life says whether it compiled; OpenSim does not (it compiles in objects). */
    ScriptUpload scriptResult(InventoryItem item, Completed done) {
        Optional<Boolean> compiled = done.answer().get("compiled") instanceof Boolean b ? Optional.of(b)
                : Optional.empty();
        List<String> errors = new ArrayList<>();
        if (done.answer().get("errors") instanceof List<?> list) {
            for (Object e : list) {
                errors.add(InventoryParsing.string(e));
            }
        }
        if (compiled.isEmpty()) {
            ctx.note("the grid saved script '" + item.name() + "' without saying whether it compiled");
        }
        return new ScriptUpload(item.withAsset(done.assetId()), done.assetId(), compiled, errors);
    }

    /**
     * An asset's bytes through ViewerAsset ({@code ?<type>_id=<asset>}). Second Life serves notecards and scripts only
     * through UDP transfers, which the harness does not do: there this fails saying so.
     */
    CompletableFuture<byte[]> read(InventoryItem item) {
        Optional<URI> cap = ctx.cap(VIEWER_ASSET_CAP);
        String key = queryKey(item.assetType());
        if (cap.isEmpty() || key == null) {
            return CompletableFuture.failedFuture(new InventoryException("cannot read the asset of " + item.describe()
                    + ": " + (cap.isEmpty() ? "the region grants no " + VIEWER_ASSET_CAP
                    : "no " + VIEWER_ASSET_CAP + " key for " + AssetType.name(item.assetType()))
                    + " (UDP asset transfers are not supported)"));
        }
        URI uri = URI.create(cap.get() + (cap.get().getQuery() == null ? "?" : "&") + key + "=" + item.assetId());
        return ctx.capsClient().getBytes(VIEWER_ASSET_CAP, uri);
    }

    static String queryKey(int assetType) {
        return switch (assetType) {
            case AssetType.TEXTURE -> "texture_id";
            case AssetType.SOUND -> "sound_id";
            case AssetType.LANDMARK -> "landmark_id";
            case AssetType.CLOTHING -> "clothing_id";
            case AssetType.OBJECT -> "object_id";
            case AssetType.NOTECARD -> "notecard_id";
            case AssetType.LSL_TEXT -> "lsltext_id";
            case AssetType.BODY_PART -> "bodypart_id";
            case AssetType.ANIMATION -> "animatn_id";
            case AssetType.GESTURE -> "gesture_id";
            default -> null;
        };
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String describe(Object answer) {
        if (answer instanceof Map<?, ?> m) {
            Object message = m.get("message");
            return message != null ? "'" + message + "'" : "keys " + m.keySet();
        }
        return answer instanceof byte[] b ? b.length + " bytes that are not LLSD" : Llsd.typeName(answer);
    }
}
