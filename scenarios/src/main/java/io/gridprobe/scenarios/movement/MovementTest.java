package io.gridprobe.scenarios.movement;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.events.AvatarAppeared;
import io.gridprobe.harness.junit.GridTest;
import io.gridprobe.harness.junit.Login;
import io.gridprobe.protocol.types.Vector3;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Can people move about: walk to a spot and stay there, fly up and come back down, and be seen by others. */
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
        Awaitility.await().atMost(alice.grid().scaled(Duration.ofSeconds(10)))
                .until(() -> Math.hypot(alice.movement().velocity().x(), alice.movement().velocity().y()) < 0.1);
        assertThat(flatDistance(alice.position(), target)).as("and stopped there").isLessThan(2.0);
        assertThat(alice.movement().isMoving()).isFalse();
        assertThat(bob.events().seen(AvatarAppeared.class, e -> e.agentId().equals(alice.id()))).as("bob sees alice")
                .isTrue();
    }

    @Test
    void flyingClimbsAndLandingComesBackDown(@Login("alice") Agent alice) {
        Awaitility.await().atMost(alice.grid().scaled(Duration.ofSeconds(10)))
                .until(() -> Math.abs(alice.movement().velocity().z()) < 0.1);
        float ground = alice.position().z();

        alice.movement().fly();
        alice.movement().climb(true);
        Awaitility.await().atMost(alice.grid().scaled(Duration.ofSeconds(20)))
                .until(() -> alice.position().z() > ground + 5);
        alice.movement().stop();
        assertThat(alice.movement().isFlying()).as("hovering after stop").isTrue();

        alice.movement().land();
        Awaitility.await().atMost(alice.grid().scaled(Duration.ofSeconds(20)))
                .until(() -> alice.position().z() < ground + 1);
        assertThat(alice.movement().isFlying()).isFalse();
    }

    private static double flatDistance(Vector3 a, Vector3 b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }
}
