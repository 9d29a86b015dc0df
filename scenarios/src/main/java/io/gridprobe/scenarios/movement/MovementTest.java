package io.gridprobe.scenarios.movement;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.junit.GridTest;
import io.gridprobe.harness.junit.Login;
import io.gridprobe.harness.movement.StandardAnimations;
import io.gridprobe.harness.objects.WorldObject;
import io.gridprobe.protocol.types.Vector3;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Can people move about: walk to a spot and stay there, fly up and come back down, and be seen by others. What the
 * avatar does is read from what the grid sends (positions, velocities, the animations it plays), never from the keys
 * the harness holds.
 */
@GridTest
@Tag("movement")
class MovementTest {

    @Test
    void walkToReachesTheSpotAndStopsThere(@Login(value = "alice", x = 100, y = 100) Agent alice,
                                           @Login(value = "bob", x = 110, y = 100) Agent bob) throws Exception {
        Vector3 from = alice.position();
        Vector3 target = new Vector3(from.x() + 8, from.y() + 6, from.z());

        Vector3 reached = alice.movement().walkTo(target, Duration.ofSeconds(30)).get(40, TimeUnit.SECONDS);

        assertThat(flatDistance(reached, target)).as("reached within the tolerance").isLessThanOrEqualTo(1.0);
        Awaitility.await("the grid shows alice at rest, not walking").atMost(alice.grid().scaled(Duration.ofSeconds(10)))
                .until(() -> Math.hypot(alice.movement().velocity().x(), alice.movement().velocity().y()) < 0.1
                        && Collections.disjoint(alice.movement().animationsOf(alice.id()), StandardAnimations.ON_FOOT));
        assertThat(flatDistance(alice.position(), target)).as("and stopped there").isLessThan(2.0);
        Awaitility.await("bob sees alice where she stopped").atMost(bob.grid().scaled(Duration.ofSeconds(10)))
                .until(() -> seenBy(bob, alice).map(o -> flatDistance(o.position(), alice.position()) < 1.0)
                        .orElse(false));
    }

    @Test
    void flyingClimbsAndLandingComesBackDown(@Login(value = "alice", x = 120, y = 120) Agent alice) {
        Awaitility.await().atMost(alice.grid().scaled(Duration.ofSeconds(10)))
                .until(() -> Math.abs(alice.movement().velocity().z()) < 0.1);
        float ground = alice.position().z();

        alice.movement().fly();
        alice.movement().climb(true);
        Awaitility.await("alice climbs").atMost(alice.grid().scaled(Duration.ofSeconds(20)))
                .until(() -> alice.position().z() > ground + 5);
        alice.movement().stop();
        Awaitility.await("the grid shows alice hovering").atMost(alice.grid().scaled(Duration.ofSeconds(10)))
                .until(() -> alice.movement().animationsOf(alice.id()).contains(StandardAnimations.HOVER));
        assertThat(alice.position().z()).as("still up after stopping").isGreaterThan(ground + 4);

        alice.movement().land();
        Awaitility.await("alice comes back down").atMost(alice.grid().scaled(Duration.ofSeconds(20)))
                .until(() -> alice.position().z() < ground + 1);
        Awaitility.await("the grid shows alice no longer flying").atMost(alice.grid().scaled(Duration.ofSeconds(10)))
                .until(() -> Collections.disjoint(alice.movement().animationsOf(alice.id()),
                        StandardAnimations.AIRBORNE));
    }

    /** The other avatar as the watcher's grid shows it (its object table, fed by the grid's updates). */
    private static Optional<WorldObject> seenBy(Agent watcher, Agent other) {
        return watcher.objects().objects().get(other.id());
    }

    private static double flatDistance(Vector3 a, Vector3 b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }
}
