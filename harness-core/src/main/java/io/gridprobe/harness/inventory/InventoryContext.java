package io.gridprobe.harness.inventory;

import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.protocol.caps.Capabilities;
import io.gridprobe.protocol.caps.CapsClient;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** What the inventory helpers share: the agent, its current region's capabilities, timeouts and trace notes. */
final class InventoryContext {
    static final String TRACE_ORIGIN = "inventory";
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    final AgentCore agent;

    InventoryContext(AgentCore agent) {
        this.agent = agent;
    }

    /** The capabilities of the region the agent is in now (they change with teleports and crossings). */
    Capabilities caps() {
        return agent.region().connection().capabilities();
    }

    Optional<URI> cap(String name) {
        return caps().get(name);
    }

    CapsClient capsClient() {
        return agent.grid().caps();
    }

    /** The timeout of one inventory operation, stretched by the configured scale. */
    Duration timeout() {
        return agent.grid().scaled(DEFAULT_TIMEOUT);
    }

    /** The unscaled timeout, for waits that scale it themselves ({@code Agent.waitForMessage}). */
    Duration rawTimeout() {
        return DEFAULT_TIMEOUT;
    }

    /** Records a choice the harness made (which route, which fallback) in the agent's packet trace. */
    void note(String text) {
        agent.trace().note(TRACE_ORIGIN, text);
    }
}
