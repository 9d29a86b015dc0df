package io.gridprobe.load.behaviour;

import io.gridprobe.load.report.Action;
import io.gridprobe.protocol.types.Vector3;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Rezzes a prim on a spot of its own and deletes it again: timed from ObjectAdd until another agent in the region
 * sees it. Spots are whole metres on a grid around the region's centre, one an agent, so that a prim seen is known
 * by where it is. Skipped while the agent is alone in its region.
 */
public final class RezBehaviour implements Behaviour {
    private static final long SEEN_WITHIN = TimeUnit.SECONDS.toNanos(15);
    private static final int SIDE = 64;
    private final Duration every;

    public RezBehaviour(Duration every) {
        this.every = every;
    }

    @Override
    public String name() {
        return "rez";
    }

    @Override
    public Action action() {
        return Action.REZ_SEEN;
    }

    @Override
    public Duration every() {
        return every;
    }

    static String key(long regionHandle, Vector3 at) {
        return "rez:" + regionHandle + ":" + Math.round(at.x()) + ":" + Math.round(at.y());
    }

    @Override
    public CompletableFuture<Void> act(LoadAgent self, Crowd crowd) {
        if (crowd.peerInRegion(self).isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        var agent = self.agent();
        var region = agent.region();
        Vector3 c = Crowd.centre(region);
        int slot = self.index() % (SIDE * SIDE);
        Vector3 at = new Vector3(c.x() - SIDE / 2f + slot % SIDE, c.y() - SIDE / 2f + slot / SIDE, agent.position().z());
        String key = key(region.handle(), at);
        long t0 = System.nanoTime();
        CompletableFuture<Long> seen = crowd.expectations().expect(key, "prim at " + at + " seen", SEEN_WITHIN);
        CompletableFuture<Void> measured = crowd.measureArrival(Action.REZ_SEEN, t0, seen);
        CompletableFuture<Void> deleted = agent.objects().rez(at)
                .thenCompose(prim -> agent.objects().delete(prim.localId()))
                .handle((gone, e) -> {
                    if (e != null) {
                        crowd.expectations().cancel(key);
                        seen.completeExceptionally(e);
                    }
                    return null;
                });
        return CompletableFuture.allOf(measured, deleted);
    }
}
