package io.gridprobe.harness.junit;

import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.config.HarnessConfig;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Starts a grid when none is configured (found with {@link java.util.ServiceLoader}; the scenarios module provides
 * the embedded grid). harness-core does not depend on the embedded grid itself: it only knows this interface.
 */
public interface GridLauncher {
    RunningGrid start(HarnessConfig config);

    /** A grid started for the run; closed when the run ends. */
    interface RunningGrid extends AutoCloseable {
        URI loginUri();

        /** Credentials of its accounts by role ("alice", "bob", ...). */
        Map<String, Credentials> accounts();

        List<String> regionNames();

        @Override
        void close();
    }
}
