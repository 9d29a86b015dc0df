package io.gridprobe.protocol.testgrid;

import io.gridprobe.protocol.circuit.UdpTransport;
import io.gridprobe.protocol.login.LoginSuccess;
import io.gridprobe.protocol.testgrid.ScriptedHttpServer.Reply;
import java.net.URI;
import java.util.List;

/**
 * A grid peer scripted from {@code nmv_smoke}: login, seed caps and event queue over HTTP ({@link ScriptedHttpServer})
 * and the region's UDP side ({@link ScriptedSim}). The event queue hands out the captured replies, then holds the
 * poll as a quiet region does; {@code done: true} is answered 200.
 */
public final class ScriptedGrid implements AutoCloseable {
    public final CapturedSession captured;
    public final ScriptedHttpServer http;
    public final ScriptedSim sim;
    public final LoginSuccess capturedLogin;

    private ScriptedGrid(CapturedSession captured, ScriptedHttpServer http, ScriptedSim sim) {
        this.captured = captured;
        this.http = http;
        this.sim = sim;
        this.capturedLogin = captured.loginSuccess();
        String seed = http.base() + captured.seedPath();
        http.route("/", r -> Reply.ok("text/xml", captured.loginResponse("127.0.0.1", sim.address().getPort(), seed)));
        http.route("/CAPS/", r -> Reply.ok("text/html;charset=UTF-8", captured.seedReply(http.base())));
        List<String> replies = captured.eventQueueReplies();
        http.route("/CE/", r -> {
            if (r.text().contains("<key>done</key><boolean>true</boolean>")) {
                return Reply.status(200);
            }
            return r.index() < replies.size() ? Reply.ok("application/xml", replies.get(r.index())) : Reply.HOLD;
        });
    }

    /** A grid whose region completes the join. */
    public static ScriptedGrid start(UdpTransport udp) throws Exception {
        return start(udp, true);
    }

    /** {@code movementComplete = false}: the region handshakes but never sends AgentMovementComplete. */
    public static ScriptedGrid start(UdpTransport udp, boolean movementComplete) throws Exception {
        CapturedSession captured = CapturedSession.load();
        LoginSuccess login = captured.loginSuccess();
        ScriptedHttpServer http = new ScriptedHttpServer();
        try {
            ScriptedSim sim = movementComplete
                    ? ScriptedSim.start(udp, captured, login.agentId(), login.sessionId(), login.circuitCode())
                    : ScriptedSim.withoutMovementComplete(udp, captured, login.agentId(), login.sessionId(),
                    login.circuitCode());
            return new ScriptedGrid(captured, http, sim);
        } catch (Exception | AssertionError e) {
            http.close();
            throw e;
        }
    }

    public URI loginUri() {
        return http.uri("/");
    }

    /** Event-queue requests (polls and the final done). */
    public List<ScriptedHttpServer.Request> eventQueueRequests() {
        return http.requests("/CE/");
    }

    @Override
    public void close() {
        sim.close();
        http.close();
    }
}
