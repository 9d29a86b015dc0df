package io.gridprobe.harness.core;

import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.eventqueue.EventQueueEnd;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Leaving the grid within a bounded time, whatever the grid does. */
final class SessionLogout {
    private static final Logger LOG = LoggerFactory.getLogger(SessionLogout.class);

    private final LiveSession session;
    private final Map<Long, AgentRegion> regions;
    private final MessageWaits waits;
    private CompletableFuture<Void> loggedOut;

    SessionLogout(LiveSession session, Map<Long, AgentRegion> regions, MessageWaits waits) {
        this.session = session;
        this.regions = regions;
        this.waits = waits;
    }

    /**
     * Logs out: LogoutRequest, then the first sign from the grid that the session is over, then every event queue
     * ends and every circuit closes. The sign is the LogoutReply, or the root region's event queue answering 404:
     * OpenSimulator often closes the agent without a LogoutReply (the reply is queued behind the close and dropped),
     * but it always drops the agent's capabilities, so the open poll ends within a round trip. Only a grid that does
     * neither costs the bounded wait. Calling it twice is harmless.
     */
    synchronized CompletableFuture<Void> logout() {
        if (loggedOut != null) {
            return loggedOut;
        }
        if (session.state() != AgentState.ONLINE) {
            loggedOut = shutDown();
            return loggedOut;
        }
        session.state(AgentState.LOGGING_OUT);
        AgentRegion from = session.region();
        CompletableFuture<String> reply = waits.next("LogoutReply", UdpMessage.class, MessageWaits.ANY,
                session.grid().scaled(Duration.ofSeconds(5))).thenApply(m -> "LogoutReply");
        CompletableFuture<String> over = new CompletableFuture<>();
        reply.whenComplete((how, e) -> {
            if (e != null) {
                over.completeExceptionally(e);
            } else {
                over.complete(how);
            }
        });
        from.connection().eventQueue().ifPresent(eq -> eq.ended().thenAccept(end -> {
            if (end.reason() == EventQueueEnd.Reason.GONE) {
                over.complete("the grid closed the event queue (HTTP 404), no LogoutReply");
            }
        }));
        from.circuit().sendReliable(session.message("LogoutRequest").build());
        loggedOut = over.handle((how, e) -> {
            session.trace().note("agent", e != null ? "no sign of the logout from the grid ("
                    + AgentLogin.propagate(e).getMessage() + "); closing anyway" : "logged out: " + how);
            return null;
        }).thenCompose(x -> shutDown());
        return loggedOut;
    }

    /**
     * Leaves every region, then closes the socket. Never blocks the calling thread: the reply that triggers it arrives
     * on a network thread, and the circuits it closes need that very thread.
     */
    private CompletableFuture<Void> shutDown() {
        List<CompletableFuture<Void>> closing = regions.values().stream().map(r -> r.connection().closeAsync()).toList();
        return CompletableFuture.allOf(closing.toArray(new CompletableFuture[0]))
                .orTimeout(session.grid().scaled(Duration.ofSeconds(10)).toMillis(), TimeUnit.MILLISECONDS)
                .handleAsync((v, e) -> {
                    if (e != null) {
                        session.trace().note("agent", "regions did not all close in time: "
                                + AgentLogin.propagate(e).getMessage());
                    }
                    regions.clear();
                    session.endpoint().close(); // blocks briefly: never on a network thread (hence handleAsync)
                    if (session.state() != AgentState.LOST) {
                        session.state(AgentState.OFFLINE);
                    }
                    waits.failAll(new IllegalStateException(session.role() + " has logged out"));
                    return null;
                });
    }

    /** Logs out and waits (bounded). */
    void close() {
        try {
            logout().get(session.grid().scaled(Duration.ofSeconds(30)).toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            LOG.warn("{}: logout did not finish cleanly: {}", session.role(), e.toString());
            session.endpoint().close();
        }
    }
}
