package io.gridprobe.cli;

import io.gridprobe.harness.config.ConfigurationException;
import io.gridprobe.harness.config.HarnessConfig;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --grid} and {@code --accounts} become the system properties HarnessConfig reads (the highest precedence),
 * so every command, and the scenarios' JUnit extension, sees the same grid.
 */
final class GridOptions {
    private GridOptions() {
    }

    /** Applies the options and returns the configuration they make, with the environment and accounts file. */
    static HarnessConfig config(String grid, Path accountsFile) {
        if (accountsFile != null) {
            if (!Files.isRegularFile(accountsFile)) {
                throw new ConfigurationException("accounts file " + accountsFile + " does not exist");
            }
            System.setProperty("gridprobe.accounts", accountsFile.toAbsolutePath().toString());
        }
        if (grid != null) {
            System.setProperty("gridprobe.loginUri", grid);
        }
        return HarnessConfig.fromEnvironment();
    }
}
