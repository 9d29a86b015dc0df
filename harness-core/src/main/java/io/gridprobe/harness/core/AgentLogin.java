package io.gridprobe.harness.core;

import io.gridprobe.harness.config.Credentials;
import io.gridprobe.protocol.circuit.UdpEndpoint;
import io.gridprobe.protocol.circuit.UnknownSenderPolicy;
import io.gridprobe.protocol.http.HttpFailure;
import io.gridprobe.protocol.login.LoginPolicy;
import io.gridprobe.protocol.login.LoginRequest;
import io.gridprobe.protocol.login.LoginResult;
import io.gridprobe.protocol.login.StartLocation;
import io.gridprobe.protocol.region.JoinOptions;
import io.gridprobe.protocol.region.RegionJoin;
import io.gridprobe.protocol.trace.PacketTrace;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Login as a viewer does it: XML-RPC login (retrying "presence"), a UDP socket of the agent's own, then the root
 * join of the start region. The session, and what {@code compose} builds on it (the agent with its managers), exist
 * before the join starts, so the managers listen from the very first packet. A failure closes whatever was opened.
 */
public final class AgentLogin<T> {
    private final GridAccess grid;
    private final Credentials who;
    private final StartLocation where;

    private final Function<LiveSession, T> compose;

    public AgentLogin(GridAccess grid, Credentials who, StartLocation where, Function<LiveSession, T> compose) {
        this.grid = grid;
        this.who = who;
        this.where = where;
        this.compose = compose;
    }

    public CompletableFuture<T> start() {
        if (!who.hasPassword()) {
            return CompletableFuture.failedFuture(new io.gridprobe.harness.config.ConfigurationException(
                    "no password configured for role '" + who.role() + "' (" + who.fullName() + ")"));
        }
        LoginRequest request = LoginRequest.builder(who.firstName(), who.lastName(), who.password()).start(where).build();
        LoginPolicy policy = LoginPolicy.defaults().withTimeout(grid.scaled(LoginPolicy.defaults().timeout()));
        long t0 = System.nanoTime();
        // The trace starts with the login itself, so a failed login has its evidence too.
        PacketTrace trace = new PacketTrace(grid.footprint().traceEntries());
        return grid.logins().loginWithResult(grid.loginUri(), request, policy, trace)
                .thenCompose(result -> bindAndJoin(result, trace, t0));
    }

    private CompletableFuture<T> bindAndJoin(LoginResult result, PacketTrace trace, long t0) {
        return UdpEndpoint.bind(grid.udp(), new InetSocketAddress(0), grid.codec(), grid.circuitConfig(),
                        UnknownSenderPolicy.DROP)
                .thenCompose(endpoint -> {
                    LiveSession session = new LiveSession(grid, who, result, endpoint, trace);
                    T agent = compose.apply(session);
                    JoinOptions options = scaled(JoinOptions.root()).withCapNames(grid.footprint().capNames());
                    return RegionJoin.afterLogin(result).endpoint(endpoint).bus(session.messages()).trace(trace)
                            .caps(grid.caps()).options(options).template(grid.template()).build().start()
                            .handle((connection, error) -> {
                                if (error != null) {
                                    session.abandon();
                                    throw propagate(error);
                                }
                                session.arrivedAtLogin(connection, Duration.ofNanos(System.nanoTime() - t0));
                                return agent;
                            });
                });
    }

    private JoinOptions scaled(JoinOptions o) {
        return o.withTimeouts(grid.scaled(o.circuitTimeout()), grid.scaled(o.movementTimeout()),
                grid.scaled(o.capsTimeout()));
    }

    /** The cause of an HTTP or future failure, unwrapped, as an unchecked exception. */
    public static RuntimeException propagate(Throwable t) {
        Throwable c = HttpFailure.unwrap(t);
        return c instanceof RuntimeException re ? re : new java.util.concurrent.CompletionException(c);
    }
}
