package io.gridprobe.harness.core;

import io.gridprobe.harness.config.HarnessConfig;
import io.gridprobe.protocol.caps.CapsClient;
import io.gridprobe.protocol.circuit.CircuitConfig;
import io.gridprobe.protocol.circuit.UdpTransport;
import io.gridprobe.protocol.http.HttpTransport;
import io.gridprobe.protocol.login.LoginClient;
import io.gridprobe.protocol.packet.PacketCodec;
import io.gridprobe.protocol.template.MessageTemplate;
import java.net.URI;
import java.time.Duration;

/**
 * Everything agents of one run share to reach one grid: the UDP event loops, the HTTP client, the message
 * definitions, the timers, what the run has learned of the grid. Owned (and closed) by the {@code GridClient}; the
 * agent core and its managers reach the grid through it.
 */
public final class GridAccess implements AutoCloseable {
    private final URI loginUri;
    private final HarnessConfig config;
    private final UdpTransport udp;
    private final HttpTransport http;
    private final MessageTemplate template;
    private final PacketCodec codec;
    private final LoginClient logins;
    private final CapsClient caps;
    private final CircuitConfig circuitConfig;
    private final GridFacts facts = new GridFacts();
    private final Timers timers = new Timers("gridprobe-timers");
    private final AgentFootprint footprint;

    public GridAccess(URI loginUri, HarnessConfig config, MessageTemplate template, AgentFootprint footprint) {
        this.footprint = java.util.Objects.requireNonNull(footprint, "footprint");
        this.loginUri = loginUri;
        this.config = config;
        this.template = template;
        this.codec = new PacketCodec(template);
        this.udp = UdpTransport.create("gridprobe-udp");
        this.http = HttpTransport.create("gridprobe-http");
        this.logins = new LoginClient(http);
        this.caps = new CapsClient(http, config.scaled(Duration.ofSeconds(20)));
        this.circuitConfig = CircuitConfig.defaults()
                .withSilenceTimeout(config.scaled(CircuitConfig.defaults().silenceTimeout()));
    }

    public URI loginUri() {
        return loginUri;
    }

    /** The agents' clock: ticks, deadlines and pauses run there, never behind HTTP work. */
    public Timers timers() {
        return timers;
    }

    /** What the run's agents have learned about the grid's features. */
    /** How much each agent of this client remembers. */
    public AgentFootprint footprint() {
        return footprint;
    }

    public GridFacts facts() {
        return facts;
    }

    public HarnessConfig config() {
        return config;
    }

    public MessageTemplate template() {
        return template;
    }

    public PacketCodec codec() {
        return codec;
    }

    public UdpTransport udp() {
        return udp;
    }

    public HttpTransport http() {
        return http;
    }

    public LoginClient logins() {
        return logins;
    }

    public CapsClient caps() {
        return caps;
    }

    public CircuitConfig circuitConfig() {
        return circuitConfig;
    }

    /** A timeout stretched by the configured scale. */
    public Duration scaled(Duration d) {
        return config.scaled(d);
    }

    @Override
    public void close() {
        http.close();
        udp.close();
        timers.close();
    }

    @Override
    public String toString() {
        return "GridAccess[" + loginUri + "]";
    }
}
