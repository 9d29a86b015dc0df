package io.gridprobe.protocol.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gridprobe.protocol.bus.EventQueueMessage;
import io.gridprobe.protocol.bus.MessageBus;
import io.gridprobe.protocol.caps.CapsClient;
import io.gridprobe.protocol.circuit.CircuitConfig;
import io.gridprobe.protocol.circuit.CircuitState;
import io.gridprobe.protocol.circuit.UdpEndpoint;
import io.gridprobe.protocol.circuit.UdpTransport;
import io.gridprobe.protocol.circuit.UnknownSenderPolicy;
import io.gridprobe.protocol.http.HttpTransport;
import io.gridprobe.protocol.login.LoginClient;
import io.gridprobe.protocol.login.LoginPolicy;
import io.gridprobe.protocol.login.LoginRequest;
import io.gridprobe.protocol.login.LoginResult;
import io.gridprobe.protocol.packet.MessageBuilder;
import io.gridprobe.protocol.packet.PacketCodec;
import io.gridprobe.protocol.template.MessageTemplate;
import io.gridprobe.protocol.testgrid.ScriptedGrid;
import io.gridprobe.protocol.trace.PacketTrace;
import io.gridprobe.protocol.types.Vector3;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Login and region join over real HTTP and UDP on loopback against a grid peer scripted from the captures. */
class RegionJoinTest {
    private static final InetSocketAddress ANY_LOOPBACK = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    private static final JoinOptions FAST = JoinOptions.root()
            .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5));

    private UdpTransport udp;
    private HttpTransport http;
    private ScriptedGrid grid;
    private UdpEndpoint agentEndpoint;
    private final MessageBus bus = new MessageBus();
    private final PacketTrace trace = new PacketTrace(256);
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @BeforeEach
    void start() {
        udp = UdpTransport.create("join-test", 2);
        http = HttpTransport.create("join-test");
    }

    @AfterEach
    void stop() throws Exception {
        Collections.reverse(closeables);
        for (AutoCloseable c : closeables) {
            c.close();
        }
        if (agentEndpoint != null) {
            agentEndpoint.close();
        }
        if (grid != null) {
            grid.close();
        }
        http.close();
        udp.close();
    }

    private UdpEndpoint agentEndpoint(CircuitConfig config) throws Exception {
        agentEndpoint = UdpEndpoint.bind(udp, ANY_LOOPBACK, new PacketCodec(MessageTemplate.bundled()), config,
                UnknownSenderPolicy.DROP).get(5, TimeUnit.SECONDS);
        return agentEndpoint;
    }

    private LoginResult login() throws Exception {
        return new LoginClient(http).loginWithResult(grid.loginUri(),
                LoginRequest.builder("Test", "Alice", "password").build(), LoginPolicy.defaults(), trace)
                .get(10, TimeUnit.SECONDS);
    }

    private RegionJoin.Builder joinAfter(LoginResult login, JoinOptions options) throws Exception {
        return RegionJoin.afterLogin(login).endpoint(agentEndpoint(CircuitConfig.defaults())).bus(bus).trace(trace)
                .caps(new CapsClient(http)).options(options);
    }

    private static RegionJoinException joinFailure(RegionJoin join) throws Exception {
        try {
            join.start().get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(RegionJoinException.class);
            return (RegionJoinException) e.getCause();
        }
        throw new AssertionError("join succeeded");
    }

    @Test
    void loginThenRootJoinCompletesWithSaneTimingsAndLeavesCleanly() throws Exception {
        grid = ScriptedGrid.start(udp);
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        bus.subscribe("ParcelProperties", EventQueueMessage.class, m -> events.add(m.name()));
        LoginResult login = login();
        RegionConnection region = joinAfter(login, FAST).build().start().get(10, TimeUnit.SECONDS);
        closeables.add(region);

        assertThat(region.isChild()).isFalse();
        assertThat(region.position()).contains(new Vector3(128, 128, 21.960001f));
        assertThat(region.regionHandle()).isEqualTo(login.success().regionHandle());
        assertThat(region.regionName()).contains("Alpha");
        assertThat(region.simVersion().orElseThrow()).startsWith("OpenSim");
        assertThat(region.capabilities().has("EventQueueGet")).isTrue();
        assertThat(region.capabilities().requested()).containsAll(JoinOptions.HARNESS_CAPS);
        assertThat(region.eventQueue()).isPresent();
        assertThat(region.circuit().state()).isEqualTo(CircuitState.OPEN);

        JoinTimings t = region.timings();
        assertThat(t.loginHttp()).isEqualTo(login.httpDuration());
        for (Duration d : List.of(t.circuitUp(), t.handshake(), t.movementComplete(), t.caps(), t.eventQueueFirstPoll())) {
            assertThat(d).isNotNull().isPositive().isLessThanOrEqualTo(t.total());
        }
        assertThat(t.handshake()).isLessThanOrEqualTo(t.movementComplete());
        assertThat(t.total()).isLessThan(Duration.ofSeconds(5));
        assertThat(t.toString()).contains("circuit up").contains("movement complete").contains("event queue first poll");

        // What the region saw, in order: no waiting for the handshake before CompleteAgentMovement.
        await().atMost(Duration.ofSeconds(5)).until(() -> grid.sim.handshakeReplies().size() == 1);
        List<String> atSim = grid.sim.received();
        assertThat(atSim.subList(0, 2)).containsExactly("UseCircuitCode", "CompleteAgentMovement");
        assertThat(atSim.indexOf("RegionHandshakeReply")).isGreaterThan(1);
        assertThat(grid.sim.handshakeReplies().get(0).block("RegionInfo").u32("Flags")).isEqualTo(5);
        await().atMost(Duration.ofSeconds(5)).until(() -> events.contains("ParcelProperties"));
        assertThat(trace.toText()).contains("joined: join").contains("<= ParcelProperties");

        region.close();
        assertThat(region.circuit().state()).isEqualTo(CircuitState.CLOSED);
        assertThat(region.eventQueue().orElseThrow().ended()).isDone();
        assertThat(grid.eventQueueRequests().get(grid.eventQueueRequests().size() - 1).text())
                .contains("<key>done</key><boolean>true</boolean>");
        await().atMost(Duration.ofSeconds(5)).until(() -> grid.sim.endpoint().circuits().isEmpty());
    }

    @Test
    void aRegionThatNeverCompletesMovementFailsTheJoinSayingWhatArrived() throws Exception {
        grid = ScriptedGrid.start(udp, false);
        LoginResult login = login();
        JoinOptions options = FAST.withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(700), Duration.ofSeconds(5));
        long start = System.nanoTime();
        RegionJoinException e = joinFailure(joinAfter(login, options).build());
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        String sim = "127.0.0.1:" + grid.sim.address().getPort();
        assertThat(e.stage()).isEqualTo(RegionJoinException.Stage.MOVEMENT);
        assertThat(e.getMessage()).startsWith("no AgentMovementComplete from " + sim + " within 700 ms; received: ")
                .contains("RegionHandshake");
        assertThat(e.received()).contains("RegionHandshake");
        assertThat(tookMs).isBetween(600L, 4000L);
        // nothing left behind: circuit closed, event queue told we left
        await().atMost(Duration.ofSeconds(5)).until(() -> agentEndpoint.circuits().isEmpty());
        await().atMost(Duration.ofSeconds(5)).until(() -> grid.eventQueueRequests().stream()
                .anyMatch(r -> r.text().contains("<key>done</key><boolean>true</boolean>")));
    }

    @Test
    void aChildJoinSendsNoCompleteAgentMovementAndAnswersTheHandshake() throws Exception {
        grid = ScriptedGrid.start(udp);
        grid.sim.handshakeChildren();
        LoginResult login = login();
        RegionConnection child = joinAfter(login, JoinOptions.child().withTimeouts(Duration.ofSeconds(5),
                Duration.ofSeconds(5), Duration.ofSeconds(5))).build().start().get(10, TimeUnit.SECONDS);
        closeables.add(child);

        assertThat(child.isChild()).isTrue();
        assertThat(child.position()).isEmpty();
        assertThat(child.timings().movementComplete()).isNull();
        assertThat(child.timings().circuitUp()).isNotNull();
        assertThat(child.eventQueue()).isPresent();
        await().atMost(Duration.ofSeconds(5)).until(() -> grid.sim.handshakeReplies().size() == 1);
        assertThat(grid.sim.received()).contains("UseCircuitCode", "RegionHandshakeReply")
                .doesNotContain("CompleteAgentMovement");
    }

    @Test
    void aChildWithoutSeedCapabilityOnlyOpensTheCircuit() throws Exception {
        grid = ScriptedGrid.start(udp);
        LoginResult login = login();
        RegionConnection child = joinAfter(login, JoinOptions.child()).seedCapability(null).build().start()
                .get(10, TimeUnit.SECONDS);
        closeables.add(child);
        assertThat(child.eventQueue()).isEmpty();
        assertThat(child.capabilities().size()).isZero();
        assertThat(grid.http.requests("/CAPS/")).isEmpty();
    }

    @Test
    void aSilentRegionFailsTheJoinWithTheCircuitsReason() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(ANY_LOOPBACK)) {
            CircuitConfig quickToGiveUp = CircuitConfig.defaults().withResends(Duration.ofMillis(50), 2);
            RegionJoin join = RegionJoin.builder()
                    .session(new AgentSession(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), 42))
                    .sim((InetSocketAddress) silent.getLocalSocketAddress()).regionHandle(1L)
                    .endpoint(agentEndpoint(quickToGiveUp)).bus(bus).trace(trace).caps(new CapsClient(http))
                    .options(FAST.withEventQueue(false, FAST.eventQueue())).build();
            RegionJoinException e = joinFailure(join);
            assertThat(e.stage()).isIn(RegionJoinException.Stage.CIRCUIT, RegionJoinException.Stage.MOVEMENT);
            assertThat(e.getMessage()).contains("not acked after 2 resends").contains("received: nothing");
        }
    }

    @Test
    void anUnackedUseCircuitCodeTimesOutWithTheCircuitTimeout() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(ANY_LOOPBACK)) {
            RegionJoin join = RegionJoin.builder()
                    .session(new AgentSession(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), 42))
                    .sim((InetSocketAddress) silent.getLocalSocketAddress())
                    .endpoint(agentEndpoint(CircuitConfig.defaults())).bus(bus).trace(trace)
                    .caps(new CapsClient(http))
                    .options(JoinOptions.child().withTimeouts(Duration.ofMillis(400), Duration.ofSeconds(5),
                            Duration.ofSeconds(5))).build();
            RegionJoinException e = joinFailure(join);
            assertThat(e.stage()).isEqualTo(RegionJoinException.Stage.CIRCUIT);
            assertThat(e.getMessage()).isEqualTo("UseCircuitCode to 127.0.0.1:" + silent.getLocalPort()
                    + " not acked within 400 ms; received: nothing");
            await().atMost(Duration.ofSeconds(5)).until(() -> agentEndpoint.circuits().isEmpty());
        }
    }

    @Test
    void aRegionThatGrantsNoEventQueueFailsARootJoinThatWantsOne() throws Exception {
        grid = ScriptedGrid.start(udp);
        grid.http.route("/CAPS/", r -> io.gridprobe.protocol.testgrid.ScriptedHttpServer.Reply.ok("text/html",
                "<llsd><map><key>GetTexture</key><string>" + grid.http.base() + "/tex</string></map></llsd>"));
        LoginResult login = login();
        RegionJoinException e = joinFailure(joinAfter(login, FAST).build());
        assertThat(e.stage()).isEqualTo(RegionJoinException.Stage.EVENT_QUEUE);
        assertThat(e.getMessage()).contains("EventQueueGet");
    }

    @Test
    void aSessionNeverShowsItsSessionId() {
        java.util.UUID session = java.util.UUID.randomUUID();
        assertThat(new AgentSession(java.util.UUID.randomUUID(), session, 1).toString())
                .doesNotContain(session.toString());
    }

    @Test
    void messagesBuiltForTheJoinMatchTheCapturedClientsShape() throws Exception {
        // the RegionHandshakeReply a viewer-like client sent in the capture carries the same flags we send
        grid = ScriptedGrid.start(udp);
        assertThat(grid.captured.fromClient("RegionHandshakeReply").block("RegionInfo").u32("Flags"))
                .isEqualTo(JoinOptions.VIEWER_HANDSHAKE_FLAGS);
        assertThat(MessageBuilder.create(MessageTemplate.bundled(), "UseCircuitCode").block("CircuitCode")
                .set("Code", 4_000_000_000L).build().block("CircuitCode").u32("Code")).isEqualTo(4_000_000_000L);
    }
}
