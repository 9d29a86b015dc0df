package io.gridprobe.harness.junit;

import io.gridprobe.harness.config.AccountPool;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.config.HarnessConfig;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Starts a grid when the configuration names none to test (found with {@link java.util.ServiceLoader}; the
 * scenarios module provides the embedded grid and the OpenSimulator build launcher). harness-core does not depend on
 * either: it only knows this interface. The first launcher that {@linkplain #handles handles} the configuration
 * starts the grid.
 */
public interface GridLauncher {
    /** Whether this launcher starts the grid this configuration asks for; by default, the embedded grid. */
    default boolean handles(HarnessConfig config) {
        return config.usesEmbeddedGrid();
    }

    /**
     * Starts the grid, ready for logins.
     *
     * @throws GridLaunchException when it cannot be started (nothing of it is left running)
     */
    RunningGrid start(HarnessConfig config);

    /** A grid started for the run; closed when the run ends. */
    interface RunningGrid extends AutoCloseable {
        URI loginUri();

        /** Credentials of its accounts by role ("alice", "bob", ...). */
        Map<String, Credentials> accounts();

        /**
         * Interchangeable accounts it made for scenario classes running at once (see {@link AccountPool}); used
         * unless the configuration names a pool of its own. Empty by default.
         */
        default AccountPool pool() {
            return AccountPool.EMPTY;
        }

        List<String> regionNames();

        /** What it is, for reports: "embedded grid at http://127.0.0.1:41234/". */
        default String description() {
            return "embedded grid at " + loginUri();
        }

        /** A position in the grid's own log, for {@link #logSince}; negative when it keeps no log. */
        default long logMark() {
            return -1;
        }

        /** The grid's own log written since {@code mark}, secrets masked; empty when it keeps no log. */
        default String logSince(long mark) {
            return "";
        }

        @Override
        void close();
    }
}
