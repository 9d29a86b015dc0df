package io.gridprobe.harness.teleport;

import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.harness.core.AgentManager;
import io.gridprobe.harness.core.AgentRegion;
import io.gridprobe.harness.events.RegionChanged;
import io.gridprobe.harness.events.TeleportFailed;
import io.gridprobe.harness.events.TeleportFinished;
import io.gridprobe.harness.events.TeleportStarted;
import io.gridprobe.protocol.bus.EventQueueMessage;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.http.HttpFailure;
import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.types.Vector3;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The agent's teleports.
 * <p>
 * A teleport: TeleportLocationRequest (or TeleportRequest by region id, TeleportLandmarkRequest for home) to the root
 * region; TeleportStart; then either TeleportLocal (within the region: the agent is there) or TeleportFinish (event
 * queue, or UDP on older grids) naming the destination, which the agent joins as root ({@link RegionTransfer}) before
 * the teleport counts as done; or TeleportFailed (UDP on OpenSim, event queue on Second Life) with the grid's reason.
 * A region name becomes a handle through {@link RegionLookup}.
 * <p>
 * Crossings ({@link BorderCrossings}) follow on their own; either way the new root region is set by
 * {@link RootTransfers}, which publishes {@link RegionChanged}; teleports publish {@link TeleportStarted},
 * {@link TeleportFinished} and {@link TeleportFailed} too.
 */
public final class TeleportManager extends AgentManager {
    /** A grid fails a teleport whose client never arrives after about 30 s; joining takes a little more. */
    static final Duration TELEPORT_TIMEOUT = Duration.ofSeconds(45);
    private static final int BUSY_RETRIES = 5;
    private static final Duration BUSY_PAUSE = Duration.ofMillis(1000);

    private final RegionLookup lookup;
    private final AtomicReference<Attempt> current = new AtomicReference<>();
    private final RootTransfers transfers;

    /** One teleport, from the request to arrival or failure. */
    private static final class Attempt {
        final String target;
        final String from;
        final long startNanos = System.nanoTime();
        final CompletableFuture<TeleportResult> result = new CompletableFuture<>();
        volatile boolean joining;

        Attempt(String target, String from) {
            this.target = target;
            this.from = from;
        }

        Duration took() {
            return Duration.ofNanos(System.nanoTime() - startNanos);
        }
    }

    public TeleportManager(AgentCore agent) {
        super(agent);
        this.lookup = new RegionLookup(agent);
        this.transfers = new RootTransfers(agent, () -> current.get() != null);
        new BorderCrossings(agent, transfers);
        var bus = agent.messages();
        bus.subscribe("TeleportStart", UdpMessage.class, m -> guarded(m.origin(), "TeleportStart", () -> onStart(m)));
        bus.subscribe("TeleportProgress", UdpMessage.class, m -> guarded(m.origin(), "TeleportProgress",
                () -> agent.trace().note(m.origin(), "teleport progress: " + m.message().block("Info").string("Message"))));
        bus.subscribe("TeleportLocal", UdpMessage.class, m -> guarded(m.origin(), "TeleportLocal", () -> onLocal(m)));
        bus.subscribe("TeleportFailed", UdpMessage.class, m -> guarded(m.origin(), "TeleportFailed",
                () -> onFailed(m.message().block("Info").string("Reason"))));
        bus.subscribe("TeleportFailed", EventQueueMessage.class, m -> guarded(m.origin(), "TeleportFailed",
                () -> onFailed(eventReason(m))));
        bus.subscribe("TeleportFinish", EventQueueMessage.class, m -> finishing(m.origin(),
                () -> Destination.fromTeleportFinish(agent, m.body())));
        bus.subscribe("TeleportFinish", UdpMessage.class, m -> finishing(m.origin(),
                () -> Destination.fromBlock(agent, m.message().block("Info"), null)));
    }

    // -- teleporting ---------------------------------------------------------------------------------------

    /**
     * Teleports to a position in the region with this name (the root region: a teleport within it). Completes when
     * the agent has arrived (the new region joined as root); fails with {@link TeleportFailedException}.
     */
    public CompletableFuture<TeleportResult> teleport(String regionName, Vector3 position) {
        return lookup.handleOf(regionName).handle((handle, e) -> {
            if (e != null) {
                return CompletableFuture.<TeleportResult>failedFuture(reported(regionName, unwrap(e)));
            }
            return teleport(regionName, handle, position);
        }).thenCompose(f -> f);
    }

    /** Teleports to a position in the region whose south-west corner is at this handle (global metres). */
    public CompletableFuture<TeleportResult> teleport(long regionHandle, Vector3 position) {
        return teleport(knownName(regionHandle), regionHandle, position);
    }

    /** Teleports to a position in the region with this id (TeleportRequest). */
    public CompletableFuture<TeleportResult> teleport(UUID regionId, Vector3 position) {
        return start("region " + regionId, agent.message("TeleportRequest").block("Info").set("RegionID", regionId)
                .set("Position", position).set("LookAt", lookAt()).build());
    }

    /** Teleports home (TeleportLandmarkRequest without a landmark), wherever the grid keeps the agent's home. */
    public CompletableFuture<TeleportResult> teleportHome() {
        return start("home", agent.message("TeleportLandmarkRequest").block("Info").set("AgentID", agent.id())
                .set("SessionID", agent.session().sessionId()).set("LandmarkID", new UUID(0, 0)).build());
    }

    /** {@link #teleport(String, Vector3)}, waiting for the result (bounded); throws TeleportFailedException. */
    public TeleportResult teleportAndWait(String regionName, Vector3 position) {
        return await(teleport(regionName, position));
    }

    /** The handle of the region with this name (the agent's own regions first, then the grid's map). */
    public CompletableFuture<Long> regionHandle(String regionName) {
        return lookup.handleOf(regionName);
    }

    /**
     * The region the grid's map has at this global position (metres), or empty when the map has none there: within a
     * round trip, where waiting for neighbours to be announced depends on draw distance.
     */
    public CompletableFuture<Optional<String>> regionOnMapAt(double globalX, double globalY) {
        return lookup.regionAtBlock((int) Math.floor(globalX / 256), (int) Math.floor(globalY / 256));
    }

    /** Whether a teleport is under way. */
    public boolean inProgress() {
        return current.get() != null;
    }

    private CompletableFuture<TeleportResult> teleport(String target, long handle, Vector3 position) {
        return start(target, agent.message("TeleportLocationRequest").block("Info").set("RegionHandle", handle)
                .set("Position", position).set("LookAt", lookAt()).build());
    }

    /**
     * OpenSimulator refuses a teleport while it is still finishing the agent's previous one (also one of an earlier
     * session of the same account) and says to "retry shortly": a person would, and so does the harness, a few times.
     */
    private CompletableFuture<TeleportResult> start(String target, Message request) {
        return startRetrying(target, request, BUSY_RETRIES);
    }

    private CompletableFuture<TeleportResult> startRetrying(String target, Message request, int retriesLeft) {
        return attempt(target, request).handle((r, e) -> {
            if (e == null) {
                return CompletableFuture.completedFuture(r);
            }
            Throwable cause = unwrap(e);
            if (retriesLeft > 0 && cause instanceof TeleportFailedException t && t.byGrid()
                    && t.reason().toLowerCase(java.util.Locale.ROOT).contains("retry")) {
                Duration pause = agent.grid().scaled(BUSY_PAUSE);
                agent.trace().note("teleport", "the grid asked to retry (" + t.reason() + "); again in "
                        + pause.toMillis() + " ms");
                return CompletableFuture.supplyAsync(() -> null, agent.grid().timers().after(pause))
                        .thenCompose(x -> startRetrying(target, request, retriesLeft - 1));
            }
            return CompletableFuture.<TeleportResult>failedFuture(cause);
        }).thenCompose(f -> f);
    }

    private CompletableFuture<TeleportResult> attempt(String target, Message request) {
        String from;
        try {
            from = agent.region().name();
        } catch (IllegalStateException e) {
            return CompletableFuture.failedFuture(reported(target, new TeleportFailedException(agent.role(), target,
                    "the agent is in no region (" + agent.state() + ")", false)));
        }
        Attempt a = new Attempt(target, from);
        if (!current.compareAndSet(null, a)) {
            return CompletableFuture.failedFuture(new IllegalStateException(agent.role() + ": a teleport to "
                    + current.get().target + " is under way"));
        }
        // Whoever waits on the teleport may start the next one as soon as it completes: hand out the future that
        // completes after this attempt stopped being the current one, not before (it raced a follow-up teleport).
        CompletableFuture<TeleportResult> finished = a.result.whenComplete((r, e) -> current.compareAndSet(a, null));
        Duration timeout = agent.grid().scaled(TELEPORT_TIMEOUT);
        agent.grid().timers().after(timeout).execute(() -> fail(a, "no TeleportFinish, TeleportLocal or TeleportFailed within " + timeout.toMillis()
                        + " ms" + (a.joining ? " (the destination was still being joined)" : ""), false, null));
        agent.trace().note("teleport", "teleport to " + target + " requested");
        agent.sendReliable(request).exceptionally(e -> {
            fail(a, "the request was not delivered: " + unwrap(e).getMessage(), false, e);
            return null;
        });
        return finished;
    }

    private void onStart(UdpMessage m) {
        Attempt a = current.get();
        agent.events().publish(new TeleportStarted(Instant.now(), a == null ? RootTransfers.regionNameOrUnknown(agent) : a.from,
                a == null ? "(not requested by the harness)" : a.target, m.message().block("Info").u32("TeleportFlags")));
    }

    private void onLocal(UdpMessage m) {
        Vector3 p = m.message().block("Info").vector3("Position");
        agent.position(p);
        Attempt a = current.get();
        AgentRegion root = agent.region();
        Duration took = a == null ? Duration.ZERO : a.took();
        agent.events().publish(new TeleportFinished(Instant.now(), root.name(), root.name(), root.handle(), p, true, took));
        if (a != null) {
            a.result.complete(new TeleportResult(root.name(), root.name(), root.handle(), p, true, took));
        }
    }

    private void onFailed(String reason) {
        Attempt a = current.get();
        if (a == null) {
            agent.events().publish(new TeleportFailed(Instant.now(), "(not requested by the harness)", reason, true));
            return;
        }
        if (a.joining) {
            agent.trace().note("teleport", "TeleportFailed while joining the destination: " + reason);
        }
        fail(a, reason, true, null);
    }

    private void onFinish(Destination d) {
        Attempt requested = current.get();
        Attempt a = requested != null ? requested : new Attempt(d.describe(), RootTransfers.regionNameOrUnknown(agent));
        if (requested == null) {
            agent.trace().note("teleport", "TeleportFinish the harness did not ask for: following it to " + d.describe());
        }
        a.joining = true;
        transfers.transferRoot(d, RegionChanged.Cause.TELEPORT, r -> {
            String target = r.name();
            TeleportResult result = new TeleportResult(a.from, target, r.handle(), agent.position(), false, a.took());
            agent.events().publish(new TeleportFinished(Instant.now(), a.from, target, r.handle(), agent.position(),
                    false, a.took()));
            a.result.complete(result);
        }, e -> fail(a, "joining " + d.describe() + " failed: " + unwrap(e).getMessage(), false, e));
    }

    private void fail(Attempt a, String reason, boolean byGrid, Throwable cause) {
        TeleportFailedException e = new TeleportFailedException(agent.role(), a.target, reason, byGrid,
                cause == null ? null : unwrap(cause));
        // The event first: whoever waits on the future may look for the event as soon as the future fails.
        synchronized (a) {
            if (a.result.isDone()) {
                return;
            }
            agent.events().publish(new TeleportFailed(Instant.now(), a.target, reason, byGrid));
            a.result.completeExceptionally(e);
        }
    }

    private Vector3 lookAt() {
        return agent.facing();
    }

    private String knownName(long handle) {
        return agent.regionByHandle(handle).map(AgentRegion::name).orElse(Destination.describe(handle));
    }

    private TeleportFailedException reported(String target, Throwable e) {
        TeleportFailedException t = e instanceof TeleportFailedException tf ? tf
                : new TeleportFailedException(agent.role(), target, e.getMessage(), false, e);
        agent.events().publish(new TeleportFailed(Instant.now(), target, t.reason(), t.byGrid()));
        return t;
    }

    private static String eventReason(EventQueueMessage m) {
        Object info = m.body().get("Info");
        if (info instanceof java.util.List<?> l && !l.isEmpty() && l.get(0) instanceof java.util.Map<?, ?> map) {
            Object reason = map.get("Reason");
            return reason == null ? "(no reason given)" : reason.toString();
        }
        return "(no reason given)";
    }

    /**
     * A TeleportFinish the harness cannot read ends the teleport under way at once, with what was wrong, instead of
     * leaving it to time out later with a reason that hides the grid's answer.
     */
    private void finishing(String origin, Supplier<Destination> read) {
        RootTransfers.readable(agent, origin, "TeleportFinish", read, why -> {
            Attempt a = current.get();
            if (a != null) {
                fail(a, why, true, null); // not the parser's exception: its message may quote the seed capability
            } else {
                agent.events().publish(new TeleportFailed(Instant.now(), "(not requested by the harness)", why, true));
            }
        }).ifPresent(this::onFinish);
    }

    private void guarded(String origin, String what, Runnable r) {
        RootTransfers.guarded(agent, origin, what, r);
    }

    private TeleportResult await(CompletableFuture<TeleportResult> f) {
        try {
            return f.get(agent.grid().scaled(TELEPORT_TIMEOUT).plusSeconds(15).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable c = unwrap(e);
            throw c instanceof RuntimeException re ? re : new CompletionException(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(agent.role() + ": interrupted while teleporting", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new TeleportFailedException(agent.role(), "?", "no result in time", false, e);
        }
    }

    private static Throwable unwrap(Throwable t) {
        return HttpFailure.unwrap(t);
    }
}
