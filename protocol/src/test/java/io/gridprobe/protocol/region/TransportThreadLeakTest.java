package io.gridprobe.protocol.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gridprobe.protocol.bus.MessageBus;
import io.gridprobe.protocol.caps.CapsClient;
import io.gridprobe.protocol.circuit.CircuitConfig;
import io.gridprobe.protocol.circuit.UdpEndpoint;
import io.gridprobe.protocol.circuit.UdpTransport;
import io.gridprobe.protocol.circuit.UnknownSenderPolicy;
import io.gridprobe.protocol.http.HttpTransport;
import io.gridprobe.protocol.login.LoginClient;
import io.gridprobe.protocol.login.LoginPolicy;
import io.gridprobe.protocol.login.LoginRequest;
import io.gridprobe.protocol.login.LoginResult;
import io.gridprobe.protocol.packet.PacketCodec;
import io.gridprobe.protocol.template.MessageTemplate;
import io.gridprobe.protocol.testgrid.ScriptedGrid;
import io.gridprobe.protocol.trace.PacketTrace;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * After a whole login and join, closing the HTTP and UDP transports leaves none of their threads: not the pools, not
 * the Netty event loops, not the JDK HTTP client's selector (on JDK 17 it exits once the client is unreachable, so
 * the check lets the garbage collector run).
 */
class TransportThreadLeakTest {
    private static Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .collect(Collectors.toSet());
    }

    private static Set<String> leaked(Set<String> before) {
        return threadNames().stream().filter(n -> !before.contains(n))
                .filter(n -> n.startsWith("leakcheck") || n.startsWith("HttpClient-")).collect(Collectors.toSet());
    }

    @Test
    void closingTheTransportsAfterAJoinLeavesNoThreads() throws Exception {
        Set<String> before = threadNames();
        UdpTransport udp = UdpTransport.create("leakcheck-udp", 2);
        HttpTransport http = HttpTransport.create("leakcheck");
        try (ScriptedGrid grid = ScriptedGrid.start(udp)) {
            PacketTrace trace = new PacketTrace(64);
            LoginResult login = new LoginClient(http).loginWithResult(grid.loginUri(),
                    LoginRequest.builder("Test", "Alice", "pw").build(), LoginPolicy.defaults(), trace)
                    .get(10, TimeUnit.SECONDS);
            UdpEndpoint agent = UdpEndpoint.bind(udp, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    new PacketCodec(MessageTemplate.bundled()), CircuitConfig.defaults(), UnknownSenderPolicy.DROP)
                    .get(5, TimeUnit.SECONDS);
            RegionConnection region = RegionJoin.afterLogin(login).endpoint(agent).bus(new MessageBus()).trace(trace)
                    .caps(new CapsClient(http)).build().start().get(10, TimeUnit.SECONDS);
            assertThat(leaked(before)).anyMatch(n -> n.startsWith("leakcheck-http-"))
                    .anyMatch(n -> n.startsWith("leakcheck-udp"));
            region.close();
            agent.close();
        } finally {
            http.close();
            udp.close();
        }
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).until(() -> {
            System.gc();
            return leaked(before).isEmpty();
        });
    }

    @Test
    void closingFailsWhatIsStillInFlight() throws Exception {
        HttpTransport http = HttpTransport.create("leakcheck-inflight");
        try (io.gridprobe.protocol.testgrid.ScriptedHttpServer server = new io.gridprobe.protocol.testgrid.ScriptedHttpServer()) {
            server.route("/", r -> io.gridprobe.protocol.testgrid.ScriptedHttpServer.Reply.HOLD);
            var pending = http.get(server.uri("/"), null, Duration.ofSeconds(30));
            await().atMost(Duration.ofSeconds(5)).until(() -> server.held() == 1);
            http.close();
            assertThat(pending).failsWithin(Duration.ofSeconds(2)).withThrowableThat()
                    .withCauseInstanceOf(io.gridprobe.protocol.http.HttpTransportClosedException.class);
            assertThat(http.post(server.uri("/"), new byte[0], "text/plain", Duration.ofSeconds(1)))
                    .failsWithin(Duration.ofSeconds(1));
        }
    }
}
