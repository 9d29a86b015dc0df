package io.gridprobe.scenarios.support;

import static org.awaitility.Awaitility.await;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.objects.WorldObject;
import io.gridprobe.protocol.types.Vector3;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Helpers for the object and permission suites: where to build (next to the builder, inside its region whatever its
 * size) and how to wait until another agent sees an object. ({@link Scratch} leaves the region as it was.)
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
}
