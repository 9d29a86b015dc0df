package io.gridprobe.protocol.circuit;

import java.time.Duration;

/**
 * Timing of a circuit's reliability machinery. Defaults suit real grids; tests shorten them.
 *
 * @param initialResendTimeout resend timeout before any round trip has been measured
 * @param minResendTimeout     floor of the RTT-derived resend timeout
 * @param maxResendTimeout     ceiling, also of the exponential backoff between resends
 * @param maxResends           resends of one reliable packet before the circuit is declared lost
 * @param pingInterval         how often we send StartPingCheck (to measure RTT and keep NATs open)
 * @param silenceTimeout       how long the peer may send nothing before the circuit is declared lost
 * @param tickInterval         how often resends and timeouts are checked
 * @param duplicateWindow      how many recent reliable sequence numbers are remembered to drop resent copies
 * @param traceCapacity        entries kept in the packet trace
 */
public record CircuitConfig(
        Duration initialResendTimeout,
        Duration minResendTimeout,
        Duration maxResendTimeout,
        int maxResends,
        Duration pingInterval,
        Duration silenceTimeout,
        Duration tickInterval,
        int duplicateWindow,
        int traceCapacity) {

    public static CircuitConfig defaults() {
        return new CircuitConfig(Duration.ofMillis(1000), Duration.ofMillis(100), Duration.ofSeconds(5), 5,
                Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofMillis(50), 256, 256);
    }

    public CircuitConfig withSilenceTimeout(Duration d) {
        return new CircuitConfig(initialResendTimeout, minResendTimeout, maxResendTimeout, maxResends, pingInterval, d,
                tickInterval, duplicateWindow, traceCapacity);
    }

    public CircuitConfig withPingInterval(Duration d) {
        return new CircuitConfig(initialResendTimeout, minResendTimeout, maxResendTimeout, maxResends, d, silenceTimeout,
                tickInterval, duplicateWindow, traceCapacity);
    }

    public CircuitConfig withResends(Duration initial, int max) {
        return new CircuitConfig(initial, minResendTimeout, maxResendTimeout, max, pingInterval, silenceTimeout,
                tickInterval, duplicateWindow, traceCapacity);
    }

    public CircuitConfig withTraceCapacity(int entries) {
        return new CircuitConfig(initialResendTimeout, minResendTimeout, maxResendTimeout, maxResends, pingInterval,
                silenceTimeout, tickInterval, duplicateWindow, entries);
    }
}
