package io.gridprobe.cli;

import io.gridprobe.fixtures.opensim.MonoRuntime;
import io.gridprobe.fixtures.opensim.OpenSimBuild;
import io.gridprobe.fixtures.opensim.OpenSimUnavailableException;
import io.gridprobe.harness.config.ConfigurationException;
import io.gridprobe.harness.config.HarnessConfig;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --grid}, {@code --accounts} and {@code --opensim} become the system properties HarnessConfig reads (the
 * highest precedence), so every command, and the scenarios' JUnit extension, sees the same grid.
 */
final class GridOptions {
    static final String OPENSIM_DESCRIPTION = "An OpenSimulator bin folder (a built 0.9.x): start it as a throwaway "
            + "standalone grid (regions Alpha and Beta, fresh accounts) for this run, then stop it. Needs mono.";

    private GridOptions() {
    }

    /** Applies the options and returns the configuration they make, with the environment and accounts file. */
    static HarnessConfig config(String grid, Path accountsFile) {
        return config(grid, accountsFile, null);
    }

    /**
     * As {@link #config(String, Path)}, plus an OpenSimulator build to start. The build and mono are checked here,
     * before anything runs, so that a wrong folder or a missing mono is one line and exit 2.
     */
    static HarnessConfig config(String grid, Path accountsFile, Path openSim) {
        if (accountsFile != null) {
            if (!Files.isRegularFile(accountsFile)) {
                throw new ConfigurationException("accounts file " + accountsFile + " does not exist");
            }
            System.setProperty("gridprobe.accounts", accountsFile.toAbsolutePath().toString());
        }
        if (grid != null) {
            System.setProperty("gridprobe.loginUri", grid);
        }
        if (openSim != null) {
            System.setProperty("gridprobe.opensim", openSim.toAbsolutePath().toString());
        }
        HarnessConfig config = HarnessConfig.fromEnvironment();
        config.openSimBuild().ifPresent(GridOptions::checkRunnable);
        return config;
    }

    private static void checkRunnable(Path dir) {
        try {
            OpenSimBuild.at(dir);
            MonoRuntime.locate();
        } catch (OpenSimUnavailableException e) {
            throw new ConfigurationException("cannot run the OpenSimulator build: " + e.getMessage(), e);
        }
    }
}
