package io.gridprobe.protocol.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridprobe.protocol.http.HttpTransport;
import io.gridprobe.protocol.testgrid.CapturedSession;
import io.gridprobe.protocol.testgrid.ScriptedHttpServer;
import io.gridprobe.protocol.testgrid.ScriptedHttpServer.Reply;
import io.gridprobe.protocol.trace.PacketTrace;
import io.gridprobe.protocol.xmlrpc.XmlRpc;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Logins over real HTTP on loopback against a scripted login server. */
class LoginClientTest {
    private static final String PASSWORD = "hunter2-secret";
    private static final LoginRequest REQUEST = LoginRequest.builder("Test", "Alice", PASSWORD).build();
    /** Short timeouts and retry waits keep the tests quick; the logic is the same as with the defaults. */
    private static final LoginPolicy FAST = LoginPolicy.defaults().withTimeout(Duration.ofSeconds(5))
            .withPresenceRetries(3, Duration.ofMillis(100));

    private HttpTransport http;
    private ScriptedHttpServer server;
    private LoginClient client;

    @BeforeEach
    void start() throws Exception {
        http = HttpTransport.create("login-test");
        server = new ScriptedHttpServer();
        client = new LoginClient(http);
    }

    @AfterEach
    void stop() {
        server.close();
        http.close();
    }

    private static Reply xml(String body) {
        return Reply.ok("text/xml", body);
    }

    private static Reply refusal(String reason, String message) {
        return xml(LoginFailure.of(reason, message).toXmlRpcResponse());
    }

    private Throwable failureOf(URI uri, LoginPolicy policy) throws Exception {
        try {
            client.login(uri, REQUEST, policy).get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertThat(e.getCause().getMessage()).doesNotContain(PASSWORD).doesNotContain(REQUEST.passwordHash());
            return e.getCause();
        }
        throw new AssertionError("login succeeded");
    }

    @Test
    void theCapturedOpenSimResponseLogsInAndTheRequestIsAViewersCall() throws Exception {
        CapturedSession captured = CapturedSession.load();
        server.route("/", r -> xml(captured.loginResponse("127.0.0.1", 9123, server.base() + "/CAPS/seed/")));
        LoginResult result = client.loginWithResult(server.uri("/"), REQUEST, FAST, null).get(10, TimeUnit.SECONDS);

        LoginSuccess s = result.success();
        assertThat(s.agentId()).isEqualTo(captured.loginSuccess().agentId());
        assertThat(s.simPort()).isEqualTo(9123);
        assertThat(s.seedCapability()).isEqualTo(server.uri("/CAPS/seed/"));
        assertThat(result.presenceRetries()).isZero();
        assertThat(result.httpDuration()).isPositive().isLessThan(Duration.ofSeconds(5));
        assertThat(result.totalDuration()).isGreaterThanOrEqualTo(result.httpDuration());

        ScriptedHttpServer.Request sent = server.requests("/").get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.contentType()).isEqualTo("text/xml");
        LoginRequest decoded = LoginRequest.fromCall(XmlRpc.decodeCall(sent.body()));
        assertThat(decoded.first()).isEqualTo("Test");
        assertThat(decoded.password()).isEqualTo(LoginRequest.hashPassword(PASSWORD));
        assertThat(sent.text()).doesNotContain(PASSWORD);
    }

    @Test
    void aSecondLifeStyleLoginPathWorksToo() throws Exception {
        CapturedSession captured = CapturedSession.load();
        server.route("/cgi-bin/login.cgi", r -> xml(captured.loginResponse("127.0.0.1", 13000, server.base() + "/s")));
        LoginSuccess s = client.login(server.uri("/cgi-bin/login.cgi"), REQUEST, FAST).get(10, TimeUnit.SECONDS);
        assertThat(s.simPort()).isEqualTo(13000);
    }

    @Test
    void aWrongPasswordIsRefusedWithReasonKeyAndNotRetried() throws Exception {
        server.route("/", r -> refusal("key", "Could not authenticate your avatar."));
        Throwable e = failureOf(server.uri("/"), FAST);
        assertThat(e).isInstanceOf(LoginRefusedException.class)
                .hasMessageContaining("reason 'key'").hasMessageContaining("Could not authenticate");
        LoginRefusedException refused = (LoginRefusedException) e;
        assertThat(refused.reason()).isEqualTo("key");
        assertThat(refused.attempts()).isEqualTo(1);
        assertThat(refused.loginUri()).isEqualTo(server.uri("/"));
        assertThat(server.requests("/")).hasSize(1);
    }

    @Test
    void otherRefusalsKeepTheGridsReason() throws Exception {
        for (String reason : List.of("update", "tos", "mfa_challenge", "indeterminate")) {
            server.route("/", r -> refusal(reason, "no: " + reason));
            Throwable e = failureOf(server.uri("/"), FAST);
            assertThat(e).isInstanceOf(LoginRefusedException.class);
            assertThat(((LoginRefusedException) e).reason()).isEqualTo(reason);
        }
    }

    @Test
    void presenceIsRetriedAndTheLoginSucceedsOnTheThirdAttempt() throws Exception {
        CapturedSession captured = CapturedSession.load();
        server.route("/", r -> r.index() < 2 ? refusal("presence", "You are already logged in.")
                : xml(captured.loginResponse("127.0.0.1", 9000, server.base() + "/CAPS/x/")));
        PacketTrace trace = new PacketTrace(16);
        LoginResult result = client.loginWithResult(server.uri("/"), REQUEST, FAST, trace).get(10, TimeUnit.SECONDS);

        assertThat(result.presenceRetries()).isEqualTo(2);
        List<ScriptedHttpServer.Request> attempts = server.requests("/");
        assertThat(attempts).hasSize(3);
        for (int i = 1; i < attempts.size(); i++) {
            long gapMs = TimeUnit.NANOSECONDS.toMillis(attempts.get(i).nanos() - attempts.get(i - 1).nanos());
            assertThat(gapMs).as("wait before retry %d, doubling from 100 ms", i).isGreaterThanOrEqualTo(90L << (i - 1));
        }
        assertThat(trace.toText()).contains("retry 1 of 3").contains("retry 2 of 3").doesNotContain(PASSWORD);
    }

    @Test
    void presenceForeverFailsAfterTheBoundedRetries() throws Exception {
        server.route("/", r -> refusal("presence", "You are already logged in."));
        Throwable e = failureOf(server.uri("/"), FAST);
        assertThat(e).isInstanceOf(LoginRefusedException.class).hasMessageContaining("after 4 attempts");
        assertThat(((LoginRefusedException) e).reason()).isEqualTo("presence");
        assertThat(server.requests("/")).hasSize(4);
    }

    @Test
    void aResponseThatIsNotXmlRpcIsMalformed() throws Exception {
        server.route("/", r -> Reply.ok("text/html", "<html><body>Welcome to nginx</body></html>"));
        assertThat(failureOf(server.uri("/"), FAST)).isInstanceOf(MalformedLoginResponseException.class)
                .hasMessageContaining(server.uri("/").toString());
    }

    @Test
    void aSuccessWithoutTheMembersLoginNeedsIsMalformed() throws Exception {
        server.route("/", r -> xml(XmlRpc.encodeResponse(java.util.Map.of("login", "true", "agent_id", "nope"))));
        assertThat(failureOf(server.uri("/"), FAST)).isInstanceOf(MalformedLoginResponseException.class)
                .hasMessageContaining("agent_id");
    }

    @Test
    void httpErrorStatusIsReportedWithTheStatus() throws Exception {
        server.route("/", r -> new Reply(500, "text/plain", "Internal Server Error".getBytes()));
        Throwable e = failureOf(server.uri("/"), FAST);
        assertThat(e).isInstanceOf(LoginHttpException.class).hasMessageContaining("HTTP 500")
                .hasMessageContaining("Internal Server Error");
        assertThat(((LoginHttpException) e).status()).isEqualTo(500);
    }

    @Test
    void aClosedPortIsUnreachableWithinTwoSeconds() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        URI uri = URI.create("http://127.0.0.1:" + port + "/");
        long start = System.nanoTime();
        Throwable e = failureOf(uri, FAST);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2000);
        assertThat(e).isInstanceOf(GridUnreachableException.class).hasMessageContaining(uri.toString());
    }

    @Test
    void aServerThatNeverAnswersTimesOutWithinThePolicysTimeout() throws Exception {
        server.route("/", r -> Reply.HOLD);
        LoginPolicy policy = FAST.withTimeout(Duration.ofMillis(700));
        long start = System.nanoTime();
        Throwable e = failureOf(server.uri("/"), policy);
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(e).isInstanceOf(LoginTimeoutException.class).hasMessageContaining("within 700 ms");
        assertThat(tookMs).isBetween(600L, 4000L);
    }

    @Test
    void requestToStringNeverShowsThePassword() {
        assertThat(REQUEST.toString()).doesNotContain(PASSWORD).doesNotContain(REQUEST.passwordHash());
    }
}
