package io.gridprobe.harness;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.config.HarnessConfig;
import io.gridprobe.harness.core.AgentFootprint;
import io.gridprobe.harness.core.AgentLogin;
import io.gridprobe.harness.core.GridAccess;
import io.gridprobe.harness.core.GridFacts;
import io.gridprobe.harness.core.LoginTookTooLongException;
import io.gridprobe.harness.core.Timers;
import io.gridprobe.protocol.login.StartLocation;
import io.gridprobe.protocol.template.MessageTemplate;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything agents of one run share to reach one grid: the UDP event loops, the HTTP client, the message
 * definitions. Thousands of agents can share one; closing it closes every agent's sockets and threads.
 */
public final class GridClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GridClient.class);
    /** How long a login with its region join may take before it is abandoned. */
    public static final Duration LOGIN_BOUND = Duration.ofSeconds(60);
    private final GridAccess access;

    private GridClient(URI loginUri, HarnessConfig config, MessageTemplate template, AgentFootprint footprint) {
        this.access = new GridAccess(loginUri, config, template, footprint);
    }

    /** A client for the grid at {@code loginUri}; nothing is sent until an agent logs in. */
    public static GridClient create(URI loginUri, HarnessConfig config) {
        return new GridClient(loginUri, config, MessageTemplate.bundled(), AgentFootprint.FULL);
    }

    public static GridClient create(URI loginUri, HarnessConfig config, MessageTemplate template) {
        return new GridClient(loginUri, config, template, AgentFootprint.FULL);
    }

    /** A client whose agents remember only as much as {@code footprint} says (a load run's: {@link AgentFootprint#LEAN}). */
    public static GridClient create(URI loginUri, HarnessConfig config, AgentFootprint footprint) {
        return new GridClient(loginUri, config, MessageTemplate.bundled(), footprint);
    }

    /**
     * Logs an agent in and joins its start region; the future fails with a typed login or join error, or with
     * {@link LoginTookTooLongException} after the configured login bound (60 s, scaled).
     */
    public CompletableFuture<Agent> login(Credentials who, StartLocation where) {
        return login(who, where, access.scaled(LOGIN_BOUND));
    }

    /**
     * {@link #login(Credentials, StartLocation)} bounded by {@code within}. A login that succeeds after the bound is
     * logged out as soon as it does: the caller has given up on it, and an account left online would be kicked by
     * (or kick) its next login.
     */
    public CompletableFuture<Agent> login(Credentials who, StartLocation where, Duration within) {
        CompletableFuture<Agent> bounded = new CompletableFuture<>();
        new AgentLogin<>(access, who, where, Agent::new).start().whenComplete((agent, e) -> {
            if (e != null) {
                bounded.completeExceptionally(e);
            } else if (!bounded.complete(agent)) {
                LOG.warn("{} logged in after its login was abandoned; logging it out", who.role());
                agent.trace().note("agent", "logged in after the login was abandoned (over " + within.toMillis()
                        + " ms); logging out");
                agent.logout();
            }
        });
        // orTimeout runs on the JDK's own delay thread, not on a pool that a busy run may keep late
        bounded.orTimeout(within.toMillis(), TimeUnit.MILLISECONDS);
        return bounded.handle((agent, e) -> {
            if (e instanceof TimeoutException) {
                throw new LoginTookTooLongException(who.role() + " (" + who.fullName() + ")", within);
            }
            if (e != null) {
                throw e instanceof CompletionException ce ? ce : new CompletionException(e);
            }
            return agent;
        });
    }

    /** {@link #login} with the start location "last". */
    public CompletableFuture<Agent> login(Credentials who) {
        return login(who, StartLocation.last());
    }

    public URI loginUri() {
        return access.loginUri();
    }

    /** The transports, timers and facts this client's agents share. */
    public GridAccess access() {
        return access;
    }

    /** The agents' clock: ticks, deadlines and pauses run there, never behind HTTP work. */
    public Timers timers() {
        return access.timers();
    }

    /** What the run's agents have learned about the grid's features. */
    public GridFacts facts() {
        return access.facts();
    }

    public HarnessConfig config() {
        return access.config();
    }

    public MessageTemplate template() {
        return access.template();
    }

    /** A timeout stretched by the configured scale. */
    public Duration scaled(Duration d) {
        return access.scaled(d);
    }

    @Override
    public void close() {
        access.close();
    }

    @Override
    public String toString() {
        return "GridClient[" + access.loginUri() + "]";
    }
}
