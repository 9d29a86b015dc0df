package io.gridprobe.harness.junit;

import java.util.ArrayList;
import java.util.List;

/** Figures collected across a run (login latencies), read by the command line for its summary. */
public final class HarnessMetrics {
    private static final List<Long> LOGIN_MILLIS = new ArrayList<>();

    private HarnessMetrics() {
    }

    public static synchronized void loginTook(long millis) {
        LOGIN_MILLIS.add(millis);
    }

    public static synchronized List<Long> loginMillis() {
        return List.copyOf(LOGIN_MILLIS);
    }

    public static synchronized void reset() {
        LOGIN_MILLIS.clear();
    }
}
