package io.gridprobe.scenarios.teleport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.core.AgentRegion;
import io.gridprobe.harness.core.AgentState;
import io.gridprobe.harness.events.RegionChanged;
import io.gridprobe.harness.events.TeleportFailed;
import io.gridprobe.harness.events.TeleportFinished;
import io.gridprobe.harness.events.TeleportStarted;
import io.gridprobe.harness.junit.GridTarget;
import io.gridprobe.harness.junit.GridTest;
import io.gridprobe.harness.junit.Login;
import io.gridprobe.harness.junit.Roles;
import io.gridprobe.harness.teleport.TeleportFailedException;
import io.gridprobe.harness.teleport.TeleportResult;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.llsd.LlsdBinaryFields;
import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.scenarios.support.ManualLogin;
import io.gridprobe.scenarios.support.Neighbourhood;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Can people teleport: within their region, to the region next door (and be heard there), and is a teleport to
 * nowhere refused with a reason, leaving the agent where it was and working.
 */
@GridTest
@Tag("teleport")
class TeleportTest {
    private static final Duration TELEPORT = Duration.ofSeconds(60);

    @Test
    @Tag("smoke")
    void teleportWithinTheRegionMovesTheAgent(@Login("alice") Agent alice, TestReporter report) {
        AgentRegion region = alice.region();
        Vector3 target = new Vector3(region.sizeX() / 2f - 30, region.sizeY() / 2f - 20, 30);

        TeleportResult result = alice.teleport().teleport(region.name(), target).orTimeout(60, TimeUnit.SECONDS).join();

        assertThat(result.local()).as("a teleport within the region stays in it").isTrue();
        assertThat(alice.region().handle()).isEqualTo(region.handle());
        assertThat(result.position().x()).as("where TeleportLocal put alice").isCloseTo(target.x(), within(1.5f));
        assertThat(result.position().y()).as("where TeleportLocal put alice").isCloseTo(target.y(), within(1.5f));
        // an update of the avatar the grid queued before the teleport (right after login) may still follow it
        Awaitility.await("the grid shows alice at " + target).atMost(alice.grid().scaled(Duration.ofSeconds(10)))
                .until(() -> Math.abs(alice.position().x() - target.x()) < 1.5f
                        && Math.abs(alice.position().y() - target.y()) < 1.5f);
        assertThat(alice.events().seen(TeleportStarted.class, e -> true)).isTrue();
        assertThat(alice.events().seen(TeleportFinished.class, TeleportFinished::local)).isTrue();
        report.publishEntry("local teleport ms", String.valueOf(result.took().toMillis()));
    }

    @Test
    void teleportToTheNeighbourArrivesThereAtTheAskedPosition(@Login("alice") Agent alice, TestReporter report) {
        AgentRegion start = alice.region();
        AgentRegion neighbour = neighbourOf(alice);
        Vector3 target = new Vector3(neighbour.sizeX() / 2f, neighbour.sizeY() / 2f, 25);
        alice.events().mark();

        TeleportResult result = alice.teleport().teleportAndWait(neighbour.name(), target);

        assertThat(result.regionChanged()).isTrue();
        assertThat(result.fromRegion()).isEqualTo(start.name());
        assertThat(alice.region().handle()).as("root region after the teleport").isEqualTo(neighbour.handle());
        assertThat(alice.region().name()).isEqualTo(neighbour.name());
        assertThat(alice.position().x()).isCloseTo(target.x(), within(2f));
        assertThat(alice.position().y()).isCloseTo(target.y(), within(2f));
        RegionChanged changed = alice.events().next(RegionChanged.class, e -> e.cause() == RegionChanged.Cause.TELEPORT,
                Duration.ofSeconds(5));
        assertThat(changed.fromRegion()).isEqualTo(start.name());
        assertThat(changed.toHandle()).isEqualTo(neighbour.handle());
        // the old region is now a child (still in view) or was let go; it is not the root any more
        alice.regionByHandle(start.handle()).ifPresent(old -> assertThat(old).isNotSameAs(alice.region()));
        assertThat(alice.region().connection().capabilities().has("EventQueueGet")).isTrue();
        report.publishEntry("teleport to neighbour ms", String.valueOf(result.took().toMillis()));
    }

    @Roles("bob")
    @Test
    void aLineSaidAfterTheTeleportIsHeardInTheNewRegion(@Login("alice") Agent alice, GridTarget grid) throws Exception {
        AgentRegion neighbour = neighbourOf(alice);
        int x = neighbour.sizeX() / 2;
        int y = neighbour.sizeY() / 2;
        try (Agent bob = ManualLogin.login(grid, "bob", neighbour.name(), x + 3, y, 25)) {
            String probe = "chat probe " + UUID.randomUUID();
            assumeTrue(hears(bob, bob, probe, Duration.ofSeconds(5)), "the grid relays no chat (bob did not hear his own line), so chat "
                    + "after a teleport cannot be checked here; the chat suite covers chat itself");

            alice.teleport().teleportAndWait(neighbour.name(), new Vector3(x, y, 25));

            String line = "said after the teleport " + UUID.randomUUID();
            assertThat(hears(alice, bob, line, Duration.ofSeconds(10))).as("bob, in " + neighbour.name() + ", hears what alice says after "
                    + "teleporting there").isTrue();
        }
    }

    @Test
    void teleportToAnUnknownRegionIsRefusedAndTheAgentStaysAndWorks(@Login("alice") Agent alice) {
        AgentRegion start = alice.region();
        Vector3 before = alice.position();
        // far beyond any region of the grid's map, but within OpenSim's 4095-region teleport range
        long nowhere = LlsdBinaryFields.regionHandle((int) (start.globalX() + 3000L * 256),
                (int) (start.globalY() + 3000L * 256));
        long t0 = System.nanoTime();

        assertThatThrownBy(() -> alice.teleport().teleport(nowhere, new Vector3(128, 128, 25))
                .get(60, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(TeleportFailedException.class)
                .satisfies(e -> {
                    TeleportFailedException t = (TeleportFailedException) e;
                    assertThat(t.byGrid()).as("refused by the grid (TeleportFailed), not a harness timeout: " + t)
                            .isTrue();
                    assertThat(t.reason()).isNotBlank();
                });

        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("refused promptly").isLessThan(Duration.ofSeconds(15));
        assertThat(alice.events().seen(TeleportFailed.class, TeleportFailed::byGrid)).isTrue();
        assertThat(alice.state()).isEqualTo(AgentState.ONLINE);
        assertThat(alice.region().handle()).isEqualTo(start.handle());
        assertThat(alice.position().distanceTo(before)).isLessThan(5.0);
        // and it still works: a teleport within the region goes through
        Vector3 target = new Vector3(start.sizeX() / 2f + 20, start.sizeY() / 2f + 20, 30);
        TeleportResult local = alice.teleport().teleport(start.name(), target).orTimeout(60, TimeUnit.SECONDS).join();
        assertThat(local.local()).isTrue();
        assertThat(local.position().x()).as("where TeleportLocal put alice").isCloseTo(target.x(), within(1.5f));
        // an update of the avatar queued before the teleport may still follow it: wait for the grid to settle there
        Awaitility.await("the grid shows alice at " + target).atMost(alice.grid().scaled(Duration.ofSeconds(10)))
                .until(() -> Math.abs(alice.position().x() - target.x()) < 1.5f);
    }

    @Test
    void teleportToARegionNameTheMapDoesNotKnowFailsSayingSo(@Login("alice") Agent alice) {
        String name = "No Such Region " + UUID.randomUUID().toString().substring(0, 8);
        AgentRegion start = alice.region();

        // the map's own answer, not a silence: "no MapBlockReply" would say the grid never looked
        assertThatThrownBy(() -> alice.teleport().teleportAndWait(name, new Vector3(128, 128, 25)))
                .isInstanceOf(TeleportFailedException.class)
                .satisfies(e -> assertThat(((TeleportFailedException) e).reason())
                        .as("why the teleport failed").startsWith("the map knows no region named '" + name + "'"));

        assertThat(alice.teleport().inProgress()).isFalse();
        assertThat(alice.region().handle()).isEqualTo(start.handle());
        assertThat(alice.state()).isEqualTo(AgentState.ONLINE);
    }

    @Test
    void teleportHomeArrivesWhereTheGridKeepsHome(@Login("alice") Agent alice) throws Exception {
        TeleportResult result;
        try {
            result = alice.teleport().teleportHome().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TeleportFailedException t && t.byGrid()) {
                assumeTrue(false, "the grid would not send alice home: " + t.reason() + " (no home set?)");
            }
            throw e;
        }
        assertThat(alice.state()).isEqualTo(AgentState.ONLINE);
        assertThat(alice.region().name()).isEqualTo(result.toRegion());
        assertThat(alice.region().handle()).isEqualTo(result.toHandle());
        assertThat(alice.events().seen(TeleportFinished.class, e -> e.toHandle() == result.toHandle())).isTrue();
    }

    /** A region next to the agent's, or the test is skipped: teleporting next door needs a door. */
    private static AgentRegion neighbourOf(Agent a) {
        Optional<AgentRegion> n = Neighbourhood.any(a);
        assumeTrue(n.isPresent(), "grid has no region next to " + a.region().name() + " (none announced within "
                + Neighbourhood.ANNOUNCE_WAIT.toSeconds() + " s)");
        return n.get();
    }

    /** {@code speaker} says {@code line} (ChatFromViewer, normal say) and {@code listener} hears it. */
    private static boolean hears(Agent speaker, Agent listener, String line, Duration within) {
        var heard = listener.waitForMessage("ChatFromSimulator", (UdpMessage m) ->
                m.message().block("ChatData").string("Message").equals(line), within);
        speaker.sendReliable(speaker.message("ChatFromViewer").block("ChatData").set("Message", line)
                .set("Type", 1).set("Channel", 0).build());
        try {
            heard.join();
            return true;
        } catch (CompletionException e) {
            return false;
        }
    }
}
