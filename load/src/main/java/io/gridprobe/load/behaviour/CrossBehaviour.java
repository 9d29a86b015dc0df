package io.gridprobe.load.behaviour;

import io.gridprobe.harness.core.AgentRegion;
import io.gridprobe.harness.events.CrossingFailed;
import io.gridprobe.harness.events.RegionChanged;
import io.gridprobe.harness.movement.Heading;
import io.gridprobe.load.report.Action;
import io.gridprobe.protocol.types.Vector3;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Walks into a neighbouring region (east or west, whichever the agent has a child circuit to): a teleport within
 * the region to a few metres from the border first (walking there from the centre takes a minute), then a walk
 * across, timed from the first step to the grid making the neighbour the root region.
 */
public final class CrossBehaviour extends MovingBehaviour {
    private static final float FROM_BORDER = 4;
    private static final long CROSSED_WITHIN = TimeUnit.SECONDS.toNanos(20);

    public CrossBehaviour(Duration every) {
        super("cross", Action.CROSSING, every);
    }

    @Override
    public CompletableFuture<Void> act(LoadAgent self, Crowd crowd) {
        var agent = self.agent();
        AgentRegion here = agent.region();
        Optional<AgentRegion> side = agent.childRegions().stream()
                .filter(c -> c.globalY() == here.globalY() && c.globalX() != here.globalX()).findAny();
        if (side.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        boolean east = side.get().globalX() > here.globalX();
        float x = east ? here.sizeX() - FROM_BORDER : FROM_BORDER;
        Vector3 start = new Vector3(x, agent.position().y(), agent.position().z());
        return agent.teleport().teleport(here.name(), start).handle((t, e) -> {
            if (e != null) {
                crowd.failed(Action.CROSSING, e);
                return CompletableFuture.<Void>completedFuture(null);
            }
            return walkAcross(self, crowd, side.get(), east ? Heading.EAST : Heading.WEST);
        }).thenCompose(f -> f);
    }

    private CompletableFuture<Void> walkAcross(LoadAgent self, Crowd crowd, AgentRegion to, Heading heading) {
        var agent = self.agent();
        String key = "cross:" + self.index() + ":" + System.nanoTime();
        CompletableFuture<Long> crossed = crowd.expectations().expect(key, agent.name() + " crossing into " + to.name(),
                CROSSED_WITHIN);
        Runnable offChanged = agent.events().on(RegionChanged.class, c -> {
            if (c.cause() == RegionChanged.Cause.CROSSING) {
                crowd.expectations().noticed(key);
            }
        });
        Runnable offFailed = agent.events().on(CrossingFailed.class, f -> {
            crowd.expectations().cancel(key);
            crossed.completeExceptionally(new CrossingRefusedException(
                    "crossing from " + f.fromRegion() + " failed: " + f.reason()));
        });
        long t0 = System.nanoTime();
        agent.movement().walk(heading);
        return crowd.measureArrival(Action.CROSSING, t0, crossed.whenComplete((v, e) -> {
            agent.movement().stop();
            offChanged.run();
            offFailed.run();
        }));
    }
}
