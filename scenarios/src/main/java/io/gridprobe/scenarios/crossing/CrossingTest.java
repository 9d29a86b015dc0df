package io.gridprobe.scenarios.crossing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.agent.AgentRegion;
import io.gridprobe.harness.events.AvatarAppeared;
import io.gridprobe.harness.events.AwaitTimeoutException;
import io.gridprobe.harness.events.AgentEvent;
import io.gridprobe.harness.events.CrossingFailed;
import io.gridprobe.harness.events.RegionChanged;
import io.gridprobe.harness.junit.GridTarget;
import io.gridprobe.harness.junit.GridTest;
import io.gridprobe.harness.junit.Roles;
import io.gridprobe.harness.junit.Login;
import io.gridprobe.harness.movement.Heading;
import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.scenarios.support.Neighbourhood;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Can people walk from one region into the next: the avatar arrives on the other side where it should, the old
 * region lets go of it (keeping a child agent or closing), and people in the new region see it arrive. And where
 * there is no region beyond the edge, the avatar stays put.
 */
@GridTest
@Tag("crossing")
class CrossingTest {
    /** How far from the border the walker starts: a couple of seconds of walking. */
    private static final int START_FROM_BORDER = 4;

    @Roles("carol")
    @Test
    @Tag("smoke")
    void walkingEastAcrossTheBorderArrivesInTheNeighbour(@Login(value = "bob", x = 252, y = 128) Agent bob,
                                                         GridTarget grid, TestReporter report) throws Exception {
        AgentRegion east = eastOrSkip(bob);
        float y = bob.position().y();
        try (Agent carol = Neighbourhood.login(grid, "carol", east.name(), START_FROM_BORDER, Math.round(y), 25)) {
            CompletableFuture<AvatarAppeared> carolSeesBob = carol.events().nextAsync(AvatarAppeared.class,
                    e -> e.agentId().equals(bob.id()) && e.regionHandle() == east.handle(), Duration.ofSeconds(30));
            crossEast(bob, east, report);
            AvatarAppeared seen = carolSeesBob.get(30, TimeUnit.SECONDS);
            assertThat(seen.region()).isEqualTo(east.name());
        }
    }

    @Test
    void theNewRegionTakesTheWalkersControlsAfterACrossing(@Login(value = "bob", x = 252, y = 128) Agent bob,
                                                           TestReporter report) throws Exception {
        AgentRegion east = eastOrSkip(bob);
        crossEast(bob, east, report);
        // The new region reports the avatar further east after a walk. How far a walk goes is the simulator's
        // physics, and its position updates are sparse while an avatar walks steadily (viewers extrapolate), so the
        // check is "moved on", not "arrived at a spot".
        Vector3 p = bob.position();
        bob.movement().walk(Heading.EAST);
        try {
            Awaitility.await("the new region reports " + bob.role() + " east of " + p)
                    .atMost(bob.grid().scaled(Duration.ofSeconds(20)))
                    .until(() -> bob.position().x() > p.x() + 1);
        } finally {
            bob.movement().stop();
        }
        assertThat(bob.region().handle()).isEqualTo(east.handle());
    }

    @Test
    void anEdgeWithNoRegionBeyondStopsTheAvatar(@Login(value = "bob", x = 4, y = 128) Agent bob) throws Exception {
        AgentRegion start = bob.region();
        // the map, not the announced neighbours: a grid announces only those within draw distance
        Optional<String> west = bob.teleport().regionOnMapAt(start.globalX() - 1, start.globalY() + bob.position().y())
                .get(30, TimeUnit.SECONDS);
        assumeTrue(west.isEmpty(), () -> "grid has a region west of " + start.name() + " (" + west.orElse("") + ")"
                + ": no open edge to walk into");
        bob.events().mark();

        bob.movement().walk(Heading.WEST);
        Awaitility.await().atMost(bob.grid().scaled(Duration.ofSeconds(20)))
                .until(() -> bob.position().x() < 1.0f || bob.region().handle() != start.handle());
        assumeTrue(bob.region().handle() == start.handle(), "a region west of " + start.name()
                + " took the walker (it was announced late): no open edge to walk into");
        assertThatThrownBy(() -> bob.events().next(RegionChanged.class, e -> e.cause() == RegionChanged.Cause.CROSSING,
                Duration.ofSeconds(1))).as("no crossing at an edge with nothing beyond")
                .isInstanceOf(AwaitTimeoutException.class);
        bob.movement().stop();

        assertThat(bob.region().handle()).isEqualTo(start.handle());
        assertThat(bob.state()).isEqualTo(Agent.State.ONLINE);
        assertThat(bob.position().x()).isGreaterThanOrEqualTo(0f);
    }

    /** The region across the east border at the walker's latitude, or the test is skipped; the walker is put near it. */
    private static AgentRegion eastOrSkip(Agent bob) {
        AgentRegion start = bob.region();
        Optional<AgentRegion> found = Neighbourhood.east(bob);
        assumeTrue(found.isPresent(), "grid has no region east of " + start.name() + " at y=" + bob.position().y()
                + " (regions announced: " + Neighbourhood.describe(bob) + ")");
        nearTheEastBorder(bob);
        return found.get();
    }

    /** Walks east until the grid hands the avatar to the east region, and checks where it arrived. */
    private static void crossEast(Agent bob, AgentRegion east, TestReporter report) {
        AgentRegion start = bob.region();
        float y = bob.position().y();
        bob.events().mark();
        long t0 = System.nanoTime();
        bob.movement().walk(Heading.EAST);
        AgentEvent outcome;
        try {
            // a failed crossing ends the wait with the reason, not after the timeout
            outcome = bob.events().next(AgentEvent.class, e -> e instanceof CrossingFailed
                    || e instanceof RegionChanged rc && rc.cause() == RegionChanged.Cause.CROSSING, Duration.ofSeconds(30));
        } finally {
            bob.movement().stop();
        }
        report.publishEntry("walk to crossing complete ms", String.valueOf((System.nanoTime() - t0) / 1_000_000));
        assertThat(outcome).as("the crossing").isInstanceOf(RegionChanged.class);
        RegionChanged crossed = (RegionChanged) outcome;
        assertThat(crossed.fromRegion()).isEqualTo(start.name());
        assertThat(crossed.toHandle()).isEqualTo(east.handle());
        assertThat(bob.region().handle()).as("root region after the crossing").isEqualTo(east.handle());
        assertThat(bob.position().x()).as("just inside the new region's west edge").isBetween(0f, 10f);
        assertThat(bob.position().y()).as("the same latitude").isCloseTo(y, within(2f));
        bob.regionByHandle(start.handle()).ifPresent(old -> assertThat(old).isNotSameAs(bob.region()));
    }

    /** Puts the walker a few metres from the east border, whatever the region's size (a teleport within it). */
    private static void nearTheEastBorder(Agent a) {
        AgentRegion r = a.region();
        if (r.sizeX() - a.position().x() > START_FROM_BORDER + 4 || a.position().x() > r.sizeX() - 2) {
            Vector3 p = a.position();
            a.teleport().teleportAndWait(r.name(), new Vector3(r.sizeX() - START_FROM_BORDER, p.y(), p.z()));
        }
    }
}
