package io.gridprobe.protocol.region;

import java.time.Duration;

/**
 * When each step of a region join was done, measured from the start of the join; null for a step that does not apply
 * (a child has no movement; no seed capability, no caps) or was skipped (an existing circuit is already up).
 *
 * @param loginHttp          the login's HTTP round trip, when the join follows a login the caller measured
 * @param circuitUp          UseCircuitCode acked
 * @param handshake          RegionHandshake received (and answered)
 * @param movementComplete   AgentMovementComplete received
 * @param caps               the seed capability answered
 * @param eventQueueFirstPoll the event queue's first poll sent
 * @param total              until the join completed
 */
public record JoinTimings(Duration loginHttp, Duration circuitUp, Duration handshake, Duration movementComplete,
                          Duration caps, Duration eventQueueFirstPoll, Duration total) {
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("join ").append(ms(total));
        if (loginHttp != null) {
            sb.append(" (login HTTP ").append(ms(loginHttp)).append(" before)");
        }
        sb.append(": circuit up ").append(ms(circuitUp))
                .append(", handshake ").append(ms(handshake))
                .append(", movement complete ").append(ms(movementComplete))
                .append(", caps ").append(ms(caps))
                .append(", event queue first poll ").append(ms(eventQueueFirstPoll));
        return sb.toString();
    }

    private static String ms(Duration d) {
        if (d == null) {
            return "-";
        }
        long micros = d.toNanos() / 1000;
        return micros < 10_000 ? String.format(java.util.Locale.ROOT, "%.1f ms", micros / 1000.0) : (micros / 1000) + " ms";
    }
}
