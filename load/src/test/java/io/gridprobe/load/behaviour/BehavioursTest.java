package io.gridprobe.load.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.fixtures.grid.EmbeddedGrid;
import io.gridprobe.fixtures.grid.GridConfig;
import io.gridprobe.fixtures.grid.account.Account;
import io.gridprobe.fixtures.grid.account.SeededAccounts;
import io.gridprobe.harness.core.AgentFootprint;
import io.gridprobe.harness.GridClient;
import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.config.HarnessConfig;
import io.gridprobe.load.report.Action;
import io.gridprobe.load.report.LoadRecorder;
import io.gridprobe.load.report.LoadReport;
import io.gridprobe.load.report.RunInfo;
import io.gridprobe.protocol.login.StartLocation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Each behaviour once, by real agents on the embedded grid (two regions, real UDP and HTTP on loopback): a pass is a
 * measurement taken from what another agent or the grid sent, with no failure recorded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BehavioursTest {
    private EmbeddedGrid grid;
    private GridClient client;
    private final LoadRecorder recorder = new LoadRecorder();
    private Crowd crowd;
    private final List<LoadAgent> agents = new ArrayList<>();

    @BeforeAll
    void crowdInAlpha() throws Exception {
        List<Account> accounts = new ArrayList<>(SeededAccounts.all());
        accounts.addAll(SeededAccounts.loadBots(3));
        grid = EmbeddedGrid.start(GridConfig.builder().regionsInRow(2).accounts(accounts).build());
        client = GridClient.create(grid.loginUri(), HarnessConfig.load(Map.of(), Map.of()),
                AgentFootprint.LEAN.withNeighbours(true));
        crowd = new Crowd(recorder, List.of("Alpha", "Beta"));
        for (int i = 0; i < 3; i++) {
            Agent a = client.login(Credentials.of("pool", "Load Bot" + i, SeededAccounts.LOAD_PASSWORD),
                    StartLocation.uri("Alpha", 126 + 2 * i, 128, 25)).get(30, TimeUnit.SECONDS);
            LoadAgent la = new LoadAgent(i, a, 1);
            crowd.joined(la);
            agents.add(la);
        }
    }

    @AfterAll
    void close() {
        agents.forEach(a -> a.agent().close());
        if (client != null) {
            client.close();
        }
        if (grid != null) {
            grid.close();
        }
    }

    private LoadReport act(Behaviour b, int who) throws Exception {
        b.act(agents.get(who), crowd).get(40, TimeUnit.SECONDS);
        return recorder.report(RunInfo.single("test", 3, "n/a", 0, List.of(b.name())));
    }

    private static void measuredWithoutFailure(LoadReport r, Action action) {
        assertThat(r.failures(action.key())).as(action + " failures " + r.failures()).isZero();
        assertThat(r.count(action.key())).as(action + " measured").isPositive();
    }

    @Test
    void chatIsHeardByAnotherAgent() throws Exception {
        measuredWithoutFailure(act(new ChatBehaviour(Duration.ofSeconds(1)), 0), Action.CHAT_HEARD);
    }

    @Test
    void anInstantMessageIsReceived() throws Exception {
        measuredWithoutFailure(act(new ImBehaviour(Duration.ofSeconds(1)), 1), Action.IM_DELIVERED);
    }

    @Test
    void aWalkArrives() throws Exception {
        measuredWithoutFailure(act(new WalkBehaviour(Duration.ofSeconds(1)), 1), Action.WALK);
    }

    @Test
    void aRezzedPrimIsSeenByAnotherAgentAndDeletedAgain() throws Exception {
        LoadAgent rezzer = agents.get(0);
        measuredWithoutFailure(act(new RezBehaviour(Duration.ofSeconds(1)), 0), Action.REZ_SEEN);
        assertThat(rezzer.agent().objects().objects().prims()).as("the prim is gone again").isEmpty();
    }

    @Test
    void travelTeleportsAndCrosses() throws Exception {
        LoadAgent traveller = agents.get(2);
        measuredWithoutFailure(act(new TeleportBehaviour(Duration.ofSeconds(1)), 2), Action.TELEPORT);
        assertThat(traveller.agent().region().name()).isEqualTo("Beta");
        // a child circuit back to Alpha comes with the arrival; the crossing needs it
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> !traveller.agent().childRegions().isEmpty());
        measuredWithoutFailure(act(new CrossBehaviour(Duration.ofSeconds(1)), 2), Action.CROSSING);
        assertThat(traveller.agent().region().name()).isEqualTo("Alpha");
    }

    @Test
    void idleDoesNothing() throws Exception {
        LoadReport r = act(new IdleBehaviour(), 1);
        assertThat(r.failureCount()).isZero();
    }
}
