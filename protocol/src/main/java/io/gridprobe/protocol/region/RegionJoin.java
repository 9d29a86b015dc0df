package io.gridprobe.protocol.region;

import io.gridprobe.protocol.bus.MessageBus;
import io.gridprobe.protocol.caps.CapsClient;
import io.gridprobe.protocol.circuit.UdpEndpoint;
import io.gridprobe.protocol.login.LoginResult;
import io.gridprobe.protocol.login.LoginSuccess;
import io.gridprobe.protocol.template.MessageTemplate;
import io.gridprobe.protocol.trace.PacketTrace;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Joins a region, as a viewer does after login, teleport or a border crossing (root), or for a neighbour it is told
 * about (child).
 * <p>
 * Root: open the circuit; send UseCircuitCode and at once CompleteAgentMovement, both reliable (the region sends
 * RegionHandshake only after CompleteAgentMovement, so waiting for the handshake first would hang); answer
 * RegionHandshake with RegionHandshakeReply; wait for AgentMovementComplete. Meanwhile POST the seed capability and
 * start the event queue. The join completes when movement is complete, the caps are granted and the event queue's
 * first poll is out. Child: UseCircuitCode only, RegionHandshake answered whenever it comes, and seed caps and event
 * queue when a seed capability is known.
 * <p>
 * Every wait has a timeout whose message says what was awaited and what arrived instead; losing the circuit fails
 * the join with the circuit's reason. A failed join leaves nothing behind: the event queue is stopped and the
 * circuit closed.
 */
public final class RegionJoin {
    final AgentSession session;
    final InetSocketAddress sim;
    final URI seedCapability;
    final long regionHandle;
    final UdpEndpoint endpoint;
    final MessageBus bus;
    final PacketTrace trace;
    final CapsClient caps;
    final JoinOptions options;
    final Duration loginHttp;
    final MessageTemplate template;

    private RegionJoin(Builder b) {
        this.session = Objects.requireNonNull(b.session, "session");
        this.sim = Objects.requireNonNull(b.sim, "sim address");
        this.seedCapability = b.seedCapability;
        this.regionHandle = b.regionHandle;
        this.endpoint = Objects.requireNonNull(b.endpoint, "endpoint");
        this.bus = Objects.requireNonNull(b.bus, "bus");
        this.trace = Objects.requireNonNull(b.trace, "trace");
        this.caps = Objects.requireNonNull(b.caps, "caps client");
        this.options = Objects.requireNonNull(b.options, "options");
        this.loginHttp = b.loginHttp;
        this.template = b.template;
        if (sim.isUnresolved()) {
            throw new IllegalArgumentException("sim address must be an IP address, not a name: " + sim);
        }
        if (options.startEventQueue() && seedCapability == null && !options.isChild()) {
            throw new IllegalArgumentException("a root join with an event queue needs a seed capability");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A root join into the region a login landed in; the login's HTTP time goes into the join's timings. */
    public static Builder afterLogin(LoginResult login) {
        return afterLogin(login.success()).loginHttp(login.httpDuration());
    }

    public static Builder afterLogin(LoginSuccess login) {
        return builder().session(AgentSession.of(login)).sim(login.simIp(), login.simPort())
                .seedCapability(login.seedCapability()).regionHandle(login.regionHandle());
    }

    /** Starts the join; the future fails with {@link RegionJoinException}. */
    public CompletableFuture<RegionConnection> start() {
        return new JoinRun(this).start();
    }

    /** Inputs of a join; everything but the seed capability, region handle and login time is required. */
    public static final class Builder {
        private AgentSession session;
        private InetSocketAddress sim;
        private URI seedCapability;
        private long regionHandle;
        private UdpEndpoint endpoint;
        private MessageBus bus;
        private PacketTrace trace;
        private CapsClient caps;
        private JoinOptions options = JoinOptions.root();
        private Duration loginHttp;
        private MessageTemplate template = MessageTemplate.bundled();

        private Builder() {
        }

        public Builder session(AgentSession s) {
            session = s;
            return this;
        }

        /** The region's UDP address; {@code ip} must be a literal address (no DNS). */
        public Builder sim(String ip, int port) {
            try {
                return sim(new InetSocketAddress(InetAddress.getByName(literal(ip)), port));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an IP address: " + ip, e);
            }
        }

        public Builder sim(InetSocketAddress address) {
            sim = address;
            return this;
        }

        /** The region's seed capability, or null for a child the agent has none for yet. */
        public Builder seedCapability(URI uri) {
            seedCapability = uri;
            return this;
        }

        public Builder regionHandle(long handle) {
            regionHandle = handle;
            return this;
        }

        /** The agent's UDP socket; all its circuits share it, as a viewer's do. */
        public Builder endpoint(UdpEndpoint e) {
            endpoint = e;
            return this;
        }

        public Builder bus(MessageBus b) {
            bus = b;
            return this;
        }

        public Builder trace(PacketTrace t) {
            trace = t;
            return this;
        }

        public Builder caps(CapsClient c) {
            caps = c;
            return this;
        }

        public Builder options(JoinOptions o) {
            options = o;
            return this;
        }

        public Builder loginHttp(Duration d) {
            loginHttp = d;
            return this;
        }

        /** The template messages are built from; gridprobe's own by default. */
        public Builder template(MessageTemplate t) {
            template = Objects.requireNonNull(t, "template");
            return this;
        }

        public RegionJoin build() {
            return new RegionJoin(this);
        }

        private static String literal(String ip) {
            String s = ip.strip();
            if (!s.matches("[0-9.]+|[0-9a-fA-F:]+")) {
                throw new IllegalArgumentException("not an IP address: " + ip);
            }
            return s;
        }
    }
}
