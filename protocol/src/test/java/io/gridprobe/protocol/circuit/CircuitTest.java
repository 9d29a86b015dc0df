package io.gridprobe.protocol.circuit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.gridprobe.protocol.bus.MessageBus;
import io.gridprobe.protocol.bus.Subscription;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.packet.MessageBuilder;
import io.gridprobe.protocol.packet.PacketCodec;
import io.gridprobe.protocol.template.MessageTemplate;
import io.gridprobe.protocol.trace.PacketTrace;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Two real circuits over loopback UDP, with and without a misbehaving network between them. */
class CircuitTest {
    private static final MessageTemplate T = MessageTemplate.bundled();
    private static final InetSocketAddress ANY_LOOPBACK = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    /**
     * Short timers, and a resend budget that fits the relay's loss: with a third of datagrams dropped each way a
     * resend round succeeds with p = 4/9, so 30 rounds fail with p = (5/9)^30 ≈ 2e-8 per packet.
     */
    private static final CircuitConfig FAST = new CircuitConfig(Duration.ofMillis(100), Duration.ofMillis(50),
            Duration.ofSeconds(1), 30, Duration.ofMillis(200), Duration.ofSeconds(10), Duration.ofMillis(20), 1024, 256);

    private UdpTransport transport;
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @BeforeEach
    void start() {
        transport = UdpTransport.create("circuit-test", 2);
    }

    @AfterEach
    void stop() throws Exception {
        Collections.reverse(closeables);
        for (AutoCloseable c : closeables) {
            c.close();
        }
        transport.close();
    }

    private UdpEndpoint endpoint(CircuitConfig config, UnknownSenderPolicy policy) throws Exception {
        UdpEndpoint e = UdpEndpoint.bind(transport, ANY_LOOPBACK, new PacketCodec(T), config, policy).get(5, TimeUnit.SECONDS);
        closeables.add(e);
        return e;
    }

    /** A server endpoint that opens a circuit for whoever writes to it, publishing into {@code bus}. */
    private UdpEndpoint server(MessageBus bus, CircuitConfig config) throws Exception {
        return endpoint(config, (ep, packet) -> ep.open(packet.sender(), bus, new PacketTrace(64), "client"));
    }

    private static Message chat(int i) {
        return MessageBuilder.create(T, "ChatFromViewer")
                .block("AgentData").set("AgentID", UUID.randomUUID()).set("SessionID", UUID.randomUUID())
                .block("ChatData").set("Message", "line " + i).set("Type", 1).set("Channel", 0).build();
    }

    private static List<String> collect(MessageBus bus, String name) {
        List<String> got = Collections.synchronizedList(new ArrayList<>());
        bus.subscribe(name, UdpMessage.class, m -> got.add(m.message().block("ChatData").string("Message")));
        return got;
    }

    @ParameterizedTest
    @EnumSource(LossyRelay.Mode.class)
    void reliableMessagesArriveExactlyOnceThroughABadNetwork(LossyRelay.Mode mode) throws Exception {
        MessageBus serverBus = new MessageBus();
        List<String> atServer = collect(serverBus, "ChatFromViewer");
        UdpEndpoint server = server(serverBus, FAST);
        LossyRelay relay = new LossyRelay(server.localAddress(), mode, 3);
        closeables.add(relay);
        UdpEndpoint client = endpoint(FAST, UnknownSenderPolicy.DROP);
        MessageBus clientBus = new MessageBus();
        List<String> atClient = collect(clientBus, "ChatFromViewer");
        Circuit c = client.open(relay.address(), clientBus, new PacketTrace(64), "server");

        List<CompletableFuture<Void>> acks = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            acks.add(c.sendReliable(chat(i)));
            expected.add("line " + i);
        }
        CompletableFuture.allOf(acks.toArray(new CompletableFuture[0])).get(20, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> atServer.size() >= 100);

        // The server answers on its own circuit, through the same bad network.
        Circuit back = server.circuits().iterator().next();
        List<CompletableFuture<Void>> backAcks = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            backAcks.add(back.sendReliable(chat(i)));
        }
        CompletableFuture.allOf(backAcks.toArray(new CompletableFuture[0])).get(20, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> atClient.size() >= 100);

        assertThat(atServer).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(atClient).containsExactlyInAnyOrderElementsOf(expected);
        CircuitStats stats = c.stats().get(5, TimeUnit.SECONDS);
        assertThat(stats.unacked()).isZero();
        if (mode == LossyRelay.Mode.DROP_EVERY_NTH) {
            assertThat(relay.dropped()).isPositive();
            assertThat(stats.resends()).isPositive();
        }
        if (mode == LossyRelay.Mode.DUPLICATE) {
            CircuitStats serverStats = back.stats().get(5, TimeUnit.SECONDS);
            assertThat(serverStats.duplicatesDropped()).isPositive();
        }
    }

    @Test
    void anEndpointClosedOnItsOwnEventLoopClosesWithoutBlockingIt() throws Exception {
        UdpEndpoint client = endpoint(FAST, UnknownSenderPolicy.DROP);
        CompletableFuture<Throwable> closing = new CompletableFuture<>();
        // as a failed join's callback does, running on the network thread
        client.eventLoop().execute(() -> {
            try {
                client.close();
                closing.complete(null);
            } catch (Throwable t) {
                closing.complete(t);
            }
        });
        assertThat(closing.get(5, TimeUnit.SECONDS)).as("close on the event loop threw").isNull();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .until(() -> client.circuits().isEmpty());
    }

    @Test
    void pingsAreAnsweredAndMeasureTheRoundTrip() throws Exception {
        UdpEndpoint server = server(new MessageBus(), FAST);
        UdpEndpoint client = endpoint(FAST, UnknownSenderPolicy.DROP);
        Circuit c = client.open(server.localAddress(), new MessageBus(), new PacketTrace(64), "server");
        c.sendReliable(chat(0)).get(5, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(5)).until(() -> c.stats().get().smoothedRttMicros() > 0
                && server.circuits().iterator().next().stats().get().smoothedRttMicros() > 0);
        assertThat(c.state()).isEqualTo(CircuitState.OPEN);
    }

    @Test
    void aSilentPeerIsReportedLostWithinTheTimeoutAndFailsPendingSends() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(ANY_LOOPBACK)) {
            CircuitConfig config = FAST.withSilenceTimeout(Duration.ofMillis(700)).withResends(Duration.ofMillis(100), 50);
            UdpEndpoint client = endpoint(config, UnknownSenderPolicy.DROP);
            Circuit c = client.open((InetSocketAddress) silent.getLocalSocketAddress(), new MessageBus(),
                    new PacketTrace(64), "silent-sim");
            long start = System.nanoTime();
            CompletableFuture<Void> never = c.sendReliable(chat(1));
            assertThat(c.terminated().get(5, TimeUnit.SECONDS)).isEqualTo(CircuitState.LOST);
            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(tookMs).isBetween(600L, 3000L);
            assertThat(c.endReason()).contains("no packet from silent-sim");
            assertThatThrownBy(() -> never.get(1, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(CircuitLostException.class);
            assertThat(c.trace().toText()).contains("circuit lost");
        }
    }

    @Test
    void unackedReliablePacketLosesTheCircuitAfterBoundedResends() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(ANY_LOOPBACK)) {
            CircuitConfig config = FAST.withResends(Duration.ofMillis(50), 3);
            UdpEndpoint client = endpoint(config, UnknownSenderPolicy.DROP);
            Circuit c = client.open((InetSocketAddress) silent.getLocalSocketAddress(), new MessageBus(),
                    new PacketTrace(64), "deaf-sim");
            CompletableFuture<Void> f = c.sendReliable(chat(1));
            assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(CircuitLostException.class)
                    .hasMessageContaining("ChatFromViewer").hasMessageContaining("not acked after 3 resends");
            // What the silent peer saw: the chat line once, then three resends flagged as such (pings aside).
            int copies = 0;
            int resent = 0;
            silent.setSoTimeout(200);
            byte[] buf = new byte[1500];
            try {
                while (true) {
                    DatagramPacket p = new DatagramPacket(buf, buf.length);
                    silent.receive(p);
                    if ((buf[0] & 0x40) != 0) { // reliable: only the chat line is
                        copies++;
                        resent += (buf[0] & 0x20) != 0 ? 1 : 0;
                    }
                }
            } catch (java.net.SocketTimeoutException drained) {
                // all received
            }
            assertThat(copies).isEqualTo(4);
            assertThat(resent).isEqualTo(3);
        }
    }

    @Test
    void aThrowingListenerDoesNotBreakTheCircuitOrOtherListeners() throws Exception {
        MessageBus serverBus = new MessageBus();
        serverBus.subscribe("ChatFromViewer", m -> {
            throw new IllegalStateException("listener bug");
        });
        List<String> got = collect(serverBus, "ChatFromViewer");
        UdpEndpoint server = server(serverBus, FAST);
        UdpEndpoint client = endpoint(FAST, UnknownSenderPolicy.DROP);
        Circuit c = client.open(server.localAddress(), new MessageBus(), new PacketTrace(64), "server");
        c.sendReliable(chat(1)).get(5, TimeUnit.SECONDS);
        c.sendReliable(chat(2)).get(5, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(5)).until(() -> got.size() == 2);
    }

    @Test
    void unsubscribedListenersHearNothingMore() throws Exception {
        MessageBus serverBus = new MessageBus();
        List<String> got = Collections.synchronizedList(new ArrayList<>());
        Subscription s = serverBus.subscribe("ChatFromViewer", UdpMessage.class,
                m -> got.add(m.message().block("ChatData").string("Message")));
        List<String> all = collect(serverBus, "ChatFromViewer");
        UdpEndpoint server = server(serverBus, FAST);
        UdpEndpoint client = endpoint(FAST, UnknownSenderPolicy.DROP);
        Circuit c = client.open(server.localAddress(), new MessageBus(), new PacketTrace(64), "server");
        c.sendReliable(chat(1)).get(5, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(5)).until(() -> all.size() == 1);
        s.close();
        c.sendReliable(chat(2)).get(5, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(5)).until(() -> all.size() == 2);
        assertThat(got).containsExactly("line 1");
    }

    @Test
    void garbledDatagramsAreDroppedWithoutHarmingTheCircuit() throws Exception {
        MessageBus serverBus = new MessageBus();
        List<String> got = collect(serverBus, "ChatFromViewer");
        UdpEndpoint server = server(serverBus, FAST);
        UdpEndpoint client = endpoint(FAST, UnknownSenderPolicy.DROP);
        Circuit c = client.open(server.localAddress(), new MessageBus(), new PacketTrace(64), "server");
        c.sendReliable(chat(1)).get(5, TimeUnit.SECONDS);
        try (DatagramSocket attacker = new DatagramSocket(ANY_LOOPBACK)) {
            byte[][] garbage = {{1, 2, 3}, new byte[1200], {(byte) 0x80, 0, 0, 0, 1, 0, 0, 0}, {0x10, 0, 0, 0, 1, 0, 1, (byte) 0xFF}};
            for (byte[] g : garbage) {
                attacker.send(new DatagramPacket(g, g.length, server.localAddress()));
            }
        }
        c.sendReliable(chat(2)).get(5, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(5)).until(() -> got.size() == 2);
        await().atMost(Duration.ofSeconds(5)).until(() -> server.malformedDropped() >= 3);
    }

    @Test
    void closingFailsPendingSendsAndTellsThePeer() throws Exception {
        UdpEndpoint server = server(new MessageBus(), FAST);
        UdpEndpoint client = endpoint(FAST, UnknownSenderPolicy.DROP);
        Circuit c = client.open(server.localAddress(), new MessageBus(), new PacketTrace(64), "server");
        c.sendReliable(chat(1)).get(5, TimeUnit.SECONDS);
        Circuit serverSide = server.circuits().iterator().next();
        assertThat(c.close(true).get(5, TimeUnit.SECONDS)).isEqualTo(CircuitState.CLOSED);
        assertThat(serverSide.terminated().get(5, TimeUnit.SECONDS)).isEqualTo(CircuitState.CLOSED);
        assertThatThrownBy(() -> c.sendReliable(chat(2)).get(1, TimeUnit.SECONDS))
                .hasCauseInstanceOf(CircuitLostException.class).hasMessageContaining("closed");
    }

    @Test
    void closingTheTransportLeavesNoThreads() {
        UdpTransport t = UdpTransport.create("leak-check", 2);
        UdpEndpoint.bind(t, ANY_LOOPBACK, new PacketCodec(T), FAST, UnknownSenderPolicy.DROP).join().close();
        t.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(th -> th.getName().startsWith("leak-check")));
    }
}
