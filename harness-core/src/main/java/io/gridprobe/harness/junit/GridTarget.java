package io.gridprobe.harness.junit;

import io.gridprobe.harness.GridClient;
import io.gridprobe.harness.config.ConfigurationException;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.config.HarnessConfig;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The grid a run tests: where to log in, with which accounts, which regions it has, and the shared client. */
public final class GridTarget {
    private final HarnessConfig config;
    private final URI loginUri;
    private final Map<String, Credentials> accounts;
    private final List<String> regions;
    private final String description;
    private final GridClient client;
    private final GridLauncher.RunningGrid startedGrid;

    GridTarget(HarnessConfig config, URI loginUri, Map<String, Credentials> accounts, List<String> regions,
               String description, GridLauncher.RunningGrid startedGrid) {
        this.startedGrid = startedGrid;
        this.config = config;
        this.loginUri = loginUri;
        this.accounts = Map.copyOf(accounts);
        this.regions = List.copyOf(regions);
        this.description = description;
        this.client = GridClient.create(loginUri, config);
    }

    public HarnessConfig config() {
        return config;
    }

    public URI loginUri() {
        return loginUri;
    }

    public GridClient client() {
        return client;
    }

    /** Region names known in advance (the embedded grid's, or the configuration's hints); may be empty. */
    public List<String> regions() {
        return regions;
    }

    public Optional<String> firstRegion() {
        return regions.isEmpty() ? Optional.empty() : Optional.of(regions.get(0));
    }

    public Credentials credentials(String role) {
        Credentials c = accounts.get(role.toLowerCase(java.util.Locale.ROOT));
        if (c == null) {
            throw new ConfigurationException("no account configured for role '" + role + "' (grid " + loginUri
                    + "; configured roles: " + accounts.keySet() + "); set GRIDPROBE_ACCOUNT_" + role.toUpperCase()
                    + " and GRIDPROBE_PASSWORD_" + role.toUpperCase() + " or add it to the accounts file");
        }
        return c;
    }

    public Map<String, Credentials> accounts() {
        return accounts;
    }

    /** "embedded grid at http://127.0.0.1:41234/" or the configured URI, for reports. */
    public String description() {
        return description;
    }

    /** Whether this run started the grid itself (the embedded grid) rather than testing a configured one. */
    public boolean isEmbedded() {
        return startedGrid != null;
    }

    void close() {
        client.close();
        if (startedGrid != null) {
            startedGrid.close();
        }
    }
}
