package io.gridprobe.scenarios.support;

import io.gridprobe.harness.core.AgentState;
import static org.awaitility.Awaitility.await;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.objects.InventoryObject;
import io.gridprobe.harness.objects.WorldObject;
import io.gridprobe.protocol.types.Vector3;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Helpers for the object and permission suites: where to build (next to the builder, inside its region whatever its
 * size), how to wait until another agent sees an object, and how to leave the region as it was.
 */
public final class Prims {
    private static final Duration SEE = Duration.ofSeconds(10);

    private Prims() {
    }

    /** A building spot {@code n} metres east of the agent (west when that would leave the region), at its height. */
    public static Vector3 spot(Agent builder, int n) {
        Vector3 p = builder.position();
        float east = p.x() + 2 + n;
        float x = east < builder.region().sizeX() - 1 ? east : p.x() - 2 - n;
        return new Vector3(x, p.y(), Math.max(p.z(), 1f));
    }

    /** The object as {@code viewer} sees it, waiting until it does. */
    public static WorldObject seenBy(Agent viewer, UUID objectId) {
        AtomicReference<WorldObject> seen = new AtomicReference<>();
        await("'" + viewer.role() + "' sees object " + objectId).atMost(viewer.grid().scaled(SEE)).until(() -> {
            Optional<WorldObject> o = viewer.objects().objects().get(objectId);
            o.ifPresent(seen::set);
            return o.isPresent();
        });
        return seen.get();
    }

    /**
     * Deletes what the owner still has there, and the copies the grid keeps of them in the Trash, so that a run leaves
     * nothing behind on a real grid. A failure does not hide the test's own result, but it is reported (a failed step
     * and a warning), not dropped.
     */
    public static void cleanUp(Agent owner, WorldObject... objects) {
        for (WorldObject o : objects) {
            if (o == null) {
                continue;
            }
            if (owner.state() != AgentState.ONLINE) {
                report(owner, o, new IllegalStateException(owner.role() + " is " + owner.state()));
                continue;
            }
            Optional<WorldObject> still = owner.objects().objects().get(o.id());
            if (still.isEmpty()) {
                continue;
            }
            try {
                InventoryObject trashed = owner.objects().deleteToTrash(still.get().localId())
                        .get(owner.grid().scaled(SEE).toMillis(), TimeUnit.MILLISECONDS);
                owner.inventory().delete(List.of(trashed.itemId()), List.of())
                        .get(owner.grid().scaled(SEE).toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                report(owner, o, e instanceof java.util.concurrent.ExecutionException && e.getCause() != null
                        ? e.getCause() : e);
            }
        }
    }

    /** Deletes inventory items a test made (e.g. a taken object), reporting a failure as {@link #cleanUp} does. */
    public static void removeItems(Agent owner, UUID... itemIds) {
        List<UUID> ids = java.util.Arrays.stream(itemIds).filter(java.util.Objects::nonNull).toList();
        if (ids.isEmpty() || owner.state() != AgentState.ONLINE) {
            return;
        }
        try {
            owner.inventory().delete(ids, List.of()).get(owner.grid().scaled(SEE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            CleanUps.failed("items " + ids + " of " + owner.role(), e);
        }
    }

    private static void report(Agent owner, WorldObject o, Throwable why) {
        CleanUps.failed(o.describe() + " of " + owner.role(), why);
    }
}
