package io.gridprobe.load.behaviour;

import io.gridprobe.load.report.Action;
import io.gridprobe.protocol.types.Vector3;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Walks to a random point within {@link #RADIUS} metres of the region's centre, timed until the avatar gets there.
 * Keeping the crowd together keeps everyone within chat range (20 m) of everyone.
 */
public final class WalkBehaviour extends MovingBehaviour {
    static final double RADIUS = 8;
    private static final Duration ARRIVE_WITHIN = Duration.ofSeconds(20);

    public WalkBehaviour(Duration every) {
        super("walk", Action.WALK, every);
    }

    @Override
    public CompletableFuture<Void> act(LoadAgent self, Crowd crowd) {
        var agent = self.agent();
        Vector3 c = Crowd.centre(agent.region());
        ThreadLocalRandom r = ThreadLocalRandom.current();
        double angle = r.nextDouble(2 * Math.PI);
        double d = RADIUS * Math.sqrt(r.nextDouble());
        Vector3 to = new Vector3((float) (c.x() + d * Math.cos(angle)), (float) (c.y() + d * Math.sin(angle)),
                agent.position().z());
        long t0 = System.nanoTime();
        return crowd.measure(Action.WALK, t0, agent.movement().walkTo(to, ARRIVE_WITHIN));
    }
}
