package io.gridprobe.harness.parcels;

import static io.gridprobe.harness.agent.LlsdLenient.bits;
import static io.gridprobe.harness.agent.LlsdLenient.bool;
import static io.gridprobe.harness.agent.LlsdLenient.firstBlock;
import static io.gridprobe.harness.agent.LlsdLenient.integer;
import static io.gridprobe.harness.agent.LlsdLenient.string;
import static io.gridprobe.harness.agent.LlsdLenient.uuid;
import static io.gridprobe.harness.agent.LlsdLenient.vector;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.agent.AgentManager;
import io.gridprobe.protocol.bus.EventQueueMessage;
import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.types.Vector3;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The agent's view of land: the properties of the parcel at a point (ParcelPropertiesRequest) or with an id
 * (ParcelPropertiesRequestByID), both answered with ParcelProperties on the event queue carrying the request's
 * SequenceID; the parcel the agent stands on (pushed by the grid with SequenceID 0 on arrival and on changes); and
 * changes to a parcel's name and description (ParcelPropertiesUpdate, filled from the current properties so that
 * nothing else changes).
 */
public final class ParcelManager extends AgentManager {
    private static final Duration REPLY = Duration.ofSeconds(15);
    /** How long an update may take to show after the grid answered a request made after it. */
    private static final Duration LATE_CHANGE = Duration.ofSeconds(2);
    /** ParcelPropertiesUpdate.Flags: ask for the updated properties back. */
    private static final int UPDATE_SEND_BACK = 1;

    private final AtomicInteger sequence = new AtomicInteger(1000);
    private final Map<String, ParcelDetails> standingOn = new ConcurrentHashMap<>();
    private final List<Consumer<ParcelDetails>> watchers = new CopyOnWriteArrayList<>();

    public ParcelManager(Agent agent) {
        super(agent);
        agent.messages().subscribe("ParcelProperties", EventQueueMessage.class, e -> {
            ParcelDetails d = parse(e);
            if (d.sequenceId() == 0) {
                standingOn.put(d.region(), d);
            }
            watchers.forEach(w -> w.accept(d));
        });
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

    /** The parcel with this local id in the agent's region. */
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
     * Renames a parcel; completes with the properties that show the new name. Fails with
     * {@link ParcelUpdateRefusedException} when the grid keeps the old one (it refuses non-owners silently).
     */
    public CompletableFuture<ParcelDetails> setName(int localId, String name) {
        return update(localId, d -> d.withName(name), d -> d.name().equals(name), "renaming to '" + name + "'");
    }

    /** Changes a parcel's description; as {@link #setName}. */
    public CompletableFuture<ParcelDetails> setDescription(int localId, String description) {
        return update(localId, d -> d.withDescription(description), d -> d.description().equals(description),
                "changing the description");
    }

    private CompletableFuture<ParcelDetails> update(int localId, UnaryOperator<ParcelDetails> change,
                                                    Predicate<ParcelDetails> took, String what) {
        return byId(localId).thenCompose(old -> {
            CompletableFuture<ParcelDetails> result = new CompletableFuture<>();
            Consumer<ParcelDetails> watcher = d -> {
                if (d.localId() == localId && d.region().equals(old.region()) && took.test(d)) {
                    result.complete(d);
                }
            };
            watchers.add(watcher);
            agent.sendReliable(updateMessage(change.apply(old)))
                    .thenCompose(acked -> byId(localId)) // handled after the update: shows it, if it took
                    .whenComplete((after, e) -> {
                        if (e != null) {
                            result.completeExceptionally(e);
                        } else if (took.test(after)) {
                            result.complete(after);
                        } else {
                            // a grid may apply an update after answering a later request: allow its push a moment
                            CompletableFuture.delayedExecutor(agent.grid().scaled(LATE_CHANGE).toMillis(),
                                    TimeUnit.MILLISECONDS).execute(() ->
                                    result.completeExceptionally(new ParcelUpdateRefusedException(what, after)));
                        }
                    });
            return result.whenComplete((d, e) -> watchers.remove(watcher));
        });
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
                .set("PassHours", f.get("PassHours") instanceof Number n ? n.floatValue() : 0f)
                .set("Category", integer(f, "Category")).set("AuthBuyerID", uuid(f, "AuthBuyerID"))
                .set("SnapshotID", uuid(f, "SnapshotID")).set("UserLocation", vector(f, "UserLocation"))
                .set("UserLookAt", vector(f, "UserLookAt")).set("LandingType", integer(f, "LandingType")).build();
    }

    private CompletableFuture<ParcelDetails> answer(int seq) {
        return agent.waitForEvent("ParcelProperties",
                e -> integer(firstBlock(e.body(), "ParcelData"), "SequenceID") == seq, REPLY).thenApply(this::parse);
    }

    private ParcelDetails parse(EventQueueMessage e) {
        Map<String, Object> p = firstBlock(e.body(), "ParcelData");
        return new ParcelDetails(integer(p, "LocalID"), string(p, "Name"), string(p, "Desc"), uuid(p, "OwnerID"),
                uuid(p, "GroupID"), bool(p, "IsGroupOwned"), integer(p, "Area"), vector(p, "AABBMin"),
                vector(p, "AABBMax"), bits(p, "ParcelFlags"),
                integer(p, "MaxPrims"), integer(p, "TotalPrims"), integer(p, "SequenceID"),
                integer(p, "RequestResult"), e.origin(), p);
    }
}
