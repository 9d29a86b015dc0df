package io.gridprobe.harness;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.agent.AgentLogin;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.config.HarnessConfig;
import io.gridprobe.protocol.caps.CapsClient;
import io.gridprobe.protocol.circuit.CircuitConfig;
import io.gridprobe.protocol.circuit.UdpTransport;
import io.gridprobe.protocol.http.HttpTransport;
import io.gridprobe.protocol.login.LoginClient;
import io.gridprobe.protocol.login.StartLocation;
import io.gridprobe.protocol.packet.PacketCodec;
import io.gridprobe.protocol.template.MessageTemplate;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Everything agents of one run share to reach one grid: the UDP event loops, the HTTP client, the message
 * definitions. Thousands of agents can share one; closing it closes every agent's sockets and threads.
 */
public final class GridClient implements AutoCloseable {
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

    private GridClient(URI loginUri, HarnessConfig config, MessageTemplate template) {
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

    /** A client for the grid at {@code loginUri}; nothing is sent until an agent logs in. */
    public static GridClient create(URI loginUri, HarnessConfig config) {
        return new GridClient(loginUri, config, MessageTemplate.bundled());
    }

    public static GridClient create(URI loginUri, HarnessConfig config, MessageTemplate template) {
        return new GridClient(loginUri, config, template);
    }

    /** Logs an agent in and joins its start region; the future fails with a typed login or join error. */
    public CompletableFuture<Agent> login(Credentials who, StartLocation where) {
        return new AgentLogin(this, who, where).start();
    }

    /** {@link #login} with the start location "last". */
    public CompletableFuture<Agent> login(Credentials who) {
        return login(who, StartLocation.last());
    }

    public URI loginUri() {
        return loginUri;
    }

    /** What the run's agents have learned about the grid's features. */
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
    }

    @Override
    public String toString() {
        return "GridClient[" + loginUri + "]";
    }
}
