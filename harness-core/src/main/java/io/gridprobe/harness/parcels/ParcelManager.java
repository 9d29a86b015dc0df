package io.gridprobe.harness.parcels;

import static io.gridprobe.harness.core.LlsdLenient.bits;
import static io.gridprobe.harness.core.LlsdLenient.bool;
import static io.gridprobe.harness.core.LlsdLenient.firstBlock;
import static io.gridprobe.harness.core.LlsdLenient.integer;
import static io.gridprobe.harness.core.LlsdLenient.string;
import static io.gridprobe.harness.core.LlsdLenient.uuid;
import static io.gridprobe.harness.core.LlsdLenient.vector;

import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.harness.core.AgentManager;
import io.gridprobe.protocol.bus.EventQueueMessage;
import io.gridprobe.protocol.llsd.Llsd;
import io.gridprobe.protocol.llsd.LlsdBinaryFields;
import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.types.Vector3;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The agent's view of land: the properties of the parcel at a point (ParcelPropertiesRequest, answered with
 * ParcelProperties on the event queue carrying the request's SequenceID); the parcel the agent stands on (pushed by
 * the grid); and changes to a parcel's name and description.
 * <p>
 * What OpenSimulator 0.9.2 does, and this follows: it ignores ParcelPropertiesRequestByID (so {@link #byId} is for
 * grids that answer it, Second Life); it applies ParcelPropertiesUpdate only for those allowed (the owner), and
 * refuses anyone else without a word (no alert, no ParcelProperties); after a change it pushes ParcelProperties to
 * every agent in the region (to the one standing on the parcel with SnapSelection set and the sequence id last
 * sent about the parcel, to the others with -10000). Its UDP ParcelPropertiesUpdate is handled on a queue of its
 * own, so a request sent after it may be answered before it applies; its ParcelPropertiesUpdate capability applies
 * the change before it answers. So a change goes through the capability where the region grants it, and the parcel
 * is then read back: that reading, not our request, is the result.
 */
public final class ParcelManager extends AgentManager {
    private static final Duration REPLY = Duration.ofSeconds(15);
    private static final String UPDATE_CAP = "ParcelPropertiesUpdate";
    /** ParcelPropertiesUpdate.Flags: ask for the updated properties back (a viewer sets it; OpenSim ignores it). */
    private static final int UPDATE_SEND_BACK = 1;

    private final AtomicInteger sequence = new AtomicInteger(1000);
    private final Map<String, ParcelDetails> standingOn = new ConcurrentHashMap<>();

    public ParcelManager(AgentCore agent) {
        super(agent);
        agent.messages().subscribe("ParcelProperties", EventQueueMessage.class, e -> {
            ParcelDetails d = parse(e);
            if (isAboutWhereAgentStands(d)) {
                standingOn.put(d.region(), d);
            }
        });
    }

    /**
     * A push about the agent's own parcel: SnapSelection set (OpenSimulator's push after a change, whose SequenceID
     * is whatever was last sent about the parcel, -10000 included), or SequenceID 0 (arrival). Our own requests
     * never ask to snap; pushes about parcels elsewhere carry -10000 without it.
     */
    private static boolean isAboutWhereAgentStands(ParcelDetails d) {
        return bool(d.data(), "SnapSelection") || d.sequenceId() == 0;
    }

    /** The parcel at a point of the agent's region (region metres). */
    public CompletableFuture<ParcelDetails> at(Vector3 p) {
        int seq = sequence.incrementAndGet();
        CompletableFuture<ParcelDetails> reply = answer(seq);
        agent.sendReliable(agent.message("ParcelPropertiesRequest").block("ParcelData").set("SequenceID", seq)
                .set("West", p.x()).set("South", p.y()).set("East", p.x()).set("North", p.y())
                .set("SnapSelection", false).build());
        return reply;
    }

    /** The parcel with this local id (ParcelPropertiesRequestByID). OpenSimulator never answers it: use {@link #at}. */
    public CompletableFuture<ParcelDetails> byId(int localId) {
        int seq = sequence.incrementAndGet();
        CompletableFuture<ParcelDetails> reply = answer(seq);
        agent.sendReliable(agent.message("ParcelPropertiesRequestByID").block("ParcelData").set("SequenceID", seq)
                .set("LocalID", localId).build());
        return reply;
    }

    /** The parcel the agent stands on: what the grid last pushed about it, else asked for at its position. */
    public CompletableFuture<ParcelDetails> current() {
        ParcelDetails pushed = standingOn.get(agent.region().connection().origin());
        if (pushed != null && pushed.covers(agent.position())) {
            return CompletableFuture.completedFuture(pushed);
        }
        return at(agent.position());
    }

    /**
     * Asks the grid to rename the parcel (given as last read, so that its other properties are sent unchanged) and
     * completes with the parcel as the grid reports it once it has handled the request: the new name if it took,
     * the old one if the grid refused (grids refuse a non-owner silently, so the reading is the only answer).
     */
    public CompletableFuture<ParcelDetails> setName(ParcelDetails parcel, String name) {
        return update(parcel.withName(name));
    }

    /** Changes a parcel's description; as {@link #setName}. */
    public CompletableFuture<ParcelDetails> setDescription(ParcelDetails parcel, String description) {
        return update(parcel.withDescription(description));
    }

    private CompletableFuture<ParcelDetails> update(ParcelDetails wanted) {
        Vector3 inside = wanted.pointInside(agent.region().sizeX());
        return send(wanted).thenCompose(handled -> at(inside)).thenApply(after -> {
            if (after.localId() != wanted.localId()) {
                throw new IllegalStateException("reading parcel " + wanted.localId() + " back at " + inside
                        + " found another parcel: " + after);
            }
            return after;
        });
    }

    /**
     * Sends the update; completes once the grid has handled it where that can be known (the capability answers after
     * applying), else once the region acknowledged the UDP message (the trace says which).
     */
    private CompletableFuture<Void> send(ParcelDetails wanted) {
        Optional<URI> cap = agent.region().connection().capabilities().get(UPDATE_CAP);
        if (cap.isPresent()) {
            return agent.grid().caps().postLlsd(UPDATE_CAP, cap.get(), capabilityBody(wanted)).thenApply(x -> null);
        }
        agent.trace().note("parcels", "the region grants no " + UPDATE_CAP + " capability: updating parcel "
                + wanted.localId() + " over UDP; a grid that applies it late may show the old properties");
        return agent.sendReliable(updateMessage(wanted));
    }

    /** The whole parcel as it is, with the changed fields: a viewer sends all of them, and grids apply all. */
    private Message updateMessage(ParcelDetails d) {
        Map<String, Object> f = d.data();
        return agent.message("ParcelPropertiesUpdate").block("ParcelData").set("LocalID", d.localId())
                .set("Flags", UPDATE_SEND_BACK).set("ParcelFlags", d.parcelFlags())
                .set("SalePrice", integer(f, "SalePrice")).set("Name", d.name()).set("Desc", d.description())
                .set("MusicURL", string(f, "MusicURL")).set("MediaURL", string(f, "MediaURL"))
                .set("MediaID", uuid(f, "MediaID")).set("MediaAutoScale", bool(f, "MediaAutoScale") ? 1 : 0)
                .set("GroupID", d.groupId()).set("PassPrice", integer(f, "PassPrice"))
                .set("PassHours", passHours(f)).set("Category", integer(f, "Category"))
                .set("AuthBuyerID", uuid(f, "AuthBuyerID")).set("SnapshotID", uuid(f, "SnapshotID"))
                .set("UserLocation", vector(f, "UserLocation")).set("UserLookAt", vector(f, "UserLookAt"))
                .set("LandingType", integer(f, "LandingType")).build();
    }

    /**
     * The capability's LLSD map, keyed as a viewer sends it. Every field goes: OpenSimulator sets a field the map
     * leaves out to empty or zero. Flags are 4 big-endian bytes, as the viewer sends them.
     */
    private static Map<String, Object> capabilityBody(ParcelDetails d) {
        Map<String, Object> f = d.data();
        Map<String, Object> m = new HashMap<>();
        m.put("local_id", d.localId());
        m.put("parcel_flags", LlsdBinaryFields.encodeU32(d.parcelFlags()));
        m.put("name", d.name());
        m.put("description", d.description());
        m.put("sale_price", integer(f, "SalePrice"));
        m.put("music_url", string(f, "MusicURL"));
        m.put("media_url", string(f, "MediaURL"));
        m.put("media_id", uuid(f, "MediaID"));
        m.put("auto_scale", bool(f, "MediaAutoScale"));
        m.put("media_desc", string(f, "MediaDesc"));
        m.put("media_type", string(f, "MediaType"));
        m.put("media_width", integer(f, "MediaWidth"));
        m.put("media_height", integer(f, "MediaHeight"));
        m.put("media_loop", bool(f, "MediaLoop"));
        m.put("obscure_media", false);
        m.put("obscure_music", false);
        m.put("group_id", d.groupId());
        m.put("pass_price", integer(f, "PassPrice"));
        m.put("pass_hours", (double) passHours(f));
        m.put("category", integer(f, "Category"));
        m.put("auth_buyer_id", uuid(f, "AuthBuyerID"));
        m.put("snapshot_id", uuid(f, "SnapshotID"));
        m.put("user_location", llsdVector(vector(f, "UserLocation")));
        m.put("user_look_at", llsdVector(vector(f, "UserLookAt")));
        m.put("landing_type", integer(f, "LandingType"));
        m.put("see_avs", !f.containsKey("SeeAVs") || bool(f, "SeeAVs"));
        m.put("any_av_sounds", !f.containsKey("AnyAVSounds") || bool(f, "AnyAVSounds"));
        m.put("group_av_sounds", !f.containsKey("GroupAVSounds") || bool(f, "GroupAVSounds"));
        return m;
    }

    private static float passHours(Map<String, Object> f) {
        return f.get("PassHours") instanceof Number n ? n.floatValue() : 0f;
    }

    private static List<Object> llsdVector(Vector3 v) {
        return Llsd.arrayOf((double) v.x(), (double) v.y(), (double) v.z());
    }

    private CompletableFuture<ParcelDetails> answer(int seq) {
        return agent.waitForEvent("ParcelProperties",
                e -> integer(firstBlock(e.body(), "ParcelData"), "SequenceID") == seq, REPLY).thenApply(this::parse);
    }

    /** ParcelData's fields, with MediaData's (media type, size, loop) added: an update must send those back too. */
    private ParcelDetails parse(EventQueueMessage e) {
        Map<String, Object> p = new HashMap<>(firstBlock(e.body(), "MediaData"));
        p.putAll(firstBlock(e.body(), "ParcelData"));
        return new ParcelDetails(integer(p, "LocalID"), string(p, "Name"), string(p, "Desc"), uuid(p, "OwnerID"),
                uuid(p, "GroupID"), bool(p, "IsGroupOwned"), integer(p, "Area"), vector(p, "AABBMin"),
                vector(p, "AABBMax"), bits(p, "ParcelFlags"),
                integer(p, "MaxPrims"), integer(p, "TotalPrims"), integer(p, "SequenceID"),
                integer(p, "RequestResult"), e.origin(), p);
    }
}
