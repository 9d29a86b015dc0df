package io.gridprobe.load.behaviour;

import io.gridprobe.load.report.Action;
import io.gridprobe.protocol.types.Vector3;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/** Teleports to the centre of another region of the run, timed from the request to arrival. Needs two regions. */
public final class TeleportBehaviour extends MovingBehaviour {

    public TeleportBehaviour(Duration every) {
        super("teleport", Action.TELEPORT, every);
    }

    @Override
    public CompletableFuture<Void> act(LoadAgent self, Crowd crowd) {
        String here = self.agent().region().name();
        List<String> others = crowd.regions().stream().filter(r -> !r.equalsIgnoreCase(here)).toList();
        if (others.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        String to = others.get(ThreadLocalRandom.current().nextInt(others.size()));
        long t0 = System.nanoTime();
        return crowd.measure(Action.TELEPORT, t0, self.agent().teleport().teleport(to, new Vector3(128, 128, 25)));
    }
}
