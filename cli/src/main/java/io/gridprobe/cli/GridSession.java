package io.gridprobe.cli;

import io.gridprobe.harness.GridClient;
import io.gridprobe.harness.config.ConfigurationException;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.config.HarnessConfig;
import io.gridprobe.harness.junit.GridLauncher;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The grid a one-off command (login, say, im) talks to: the configured one, or an embedded grid started for the
 * command. Closing it closes the client and any grid it started.
 */
final class GridSession implements AutoCloseable {
    final HarnessConfig config;
    final GridClient client;
    final Map<String, Credentials> accounts;
    private final GridLauncher.RunningGrid started;

    private GridSession(HarnessConfig config, URI uri, Map<String, Credentials> accounts, GridLauncher.RunningGrid started) {
        this.config = config;
        this.accounts = accounts;
        this.started = started;
        this.client = GridClient.create(uri, config);
    }

    /** Applies --grid/--accounts as system properties (as `run` does) and opens the grid. */
    static GridSession open(String grid, Path accountsFile) {
        if (accountsFile != null) {
            if (!Files.isRegularFile(accountsFile)) {
                throw new ConfigurationException("accounts file " + accountsFile + " does not exist");
            }
            System.setProperty("gridprobe.accounts", accountsFile.toAbsolutePath().toString());
        }
        if (grid != null) {
            System.setProperty("gridprobe.loginUri", grid);
        }
        HarnessConfig config = HarnessConfig.fromEnvironment();
        if (!config.usesEmbeddedGrid()) {
            return new GridSession(config, config.loginUri().orElseThrow(), config.accounts(), null);
        }
        GridLauncher.RunningGrid g = ServiceLoader.load(GridLauncher.class).findFirst()
                .orElseThrow(() -> new ConfigurationException("no grid given and no embedded grid available"))
                .start(config);
        Map<String, Credentials> accounts = new LinkedHashMap<>(g.accounts());
        accounts.putAll(config.accounts());
        return new GridSession(config, g.loginUri(), accounts, g);
    }

    Credentials credentials(String role) {
        Credentials c = accounts.get(role.toLowerCase(java.util.Locale.ROOT));
        if (c == null) {
            throw new ConfigurationException("no account configured for role '" + role + "' (known: " + accounts.keySet() + ")");
        }
        return c;
    }

    @Override
    public void close() {
        client.close();
        if (started != null) {
            started.close();
        }
    }
}
