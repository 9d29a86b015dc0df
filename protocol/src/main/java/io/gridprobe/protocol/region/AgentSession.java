package io.gridprobe.protocol.region;

import io.gridprobe.protocol.login.LoginSuccess;
import java.util.Objects;
import java.util.UUID;

/**
 * Who joins a region: the agent, its session and the login's circuit code. {@link #toString()} masks the session id,
 * which would let anyone act as the agent.
 */
public record AgentSession(UUID agentId, UUID sessionId, long circuitCode) {
    public AgentSession {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(sessionId, "sessionId");
        if (circuitCode < 0 || circuitCode > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("circuit code is a U32: " + circuitCode);
        }
    }

    public static AgentSession of(LoginSuccess login) {
        return new AgentSession(login.agentId(), login.sessionId(), login.circuitCode());
    }

    @Override
    public String toString() {
        String s = sessionId.toString();
        return "AgentSession[agentId=" + agentId + ", sessionId=****" + s.substring(s.length() - 4) + ", circuitCode="
                + circuitCode + "]";
    }
}
