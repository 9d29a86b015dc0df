package io.gridprobe.harness.events;

import java.time.Duration;
import java.util.List;

/**
 * A wait ran out. The message says what was awaited, for how long, and what arrived instead, so a failed test
 * explains itself without a debugger.
 */
public class AwaitTimeoutException extends RuntimeException {
    private final String awaited;
    private final transient List<String> arrivedInstead;

    public AwaitTimeoutException(String agent, String awaited, Duration timeout, List<String> arrivedInstead) {
        super(agent + ": no " + awaited + " within " + timeout.toMillis() + " ms"
                + (arrivedInstead.isEmpty() ? "; nothing else arrived" : "; arrived instead: " + String.join(", ", arrivedInstead)));
        this.awaited = awaited;
        this.arrivedInstead = List.copyOf(arrivedInstead);
    }

    public String awaited() {
        return awaited;
    }

    public List<String> arrivedInstead() {
        return arrivedInstead;
    }
}
