package io.gridprobe.harness.junit;

import io.gridprobe.harness.GridClient;
import io.gridprobe.harness.config.ConfigurationException;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.config.HarnessConfig;
import java.net.URI;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The grid a run tests: where to log in, with which accounts, which regions it has, and the shared client. */
public final class GridTarget implements AutoCloseable {
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

    /**
     * The grid this configuration names, or, when it names none, the grid started now by the first
     * {@link GridLauncher} (found with {@link java.util.ServiceLoader}) that handles the configuration: an
     * OpenSimulator build when one is configured, else the embedded grid. Its accounts by role, overridden by
     * configured ones. {@link #close()} stops a grid started here.
     */
    public static GridTarget open(HarnessConfig config) {
        if (!config.startsGrid()) {
            URI uri = config.loginUri().orElseThrow();
            return new GridTarget(config, uri, config.accounts(), config.regionHints(), uri.toString(), null);
        }
        GridLauncher launcher = ServiceLoader.load(GridLauncher.class).stream().map(ServiceLoader.Provider::get)
                .filter(l -> l.handles(config)).findFirst().orElseThrow(() -> new ConfigurationException(
                        config.openSimBuild().isPresent()
                                ? "an OpenSimulator build is configured but no launcher for it is on the class path"
                                : "no grid configured (GRIDPROBE_LOGIN_URI, -Dgridprobe.loginUri or an accounts file) "
                                + "and no embedded grid on the class path"));
        GridLauncher.RunningGrid grid = launcher.start(config);
        Map<String, Credentials> accounts = new LinkedHashMap<>(grid.accounts());
        accounts.putAll(config.accounts());
        return new GridTarget(config, grid.loginUri(), accounts, grid.regionNames(), grid.description(), grid);
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

    /** "embedded grid at http://127.0.0.1:41234/", the started OpenSimulator, or the configured URI, for reports. */
    public String description() {
        return description;
    }

    /** Whether this run started the grid itself (the embedded grid, an OpenSimulator build) rather than testing one. */
    public boolean isEmbedded() {
        return startedGrid != null;
    }

    /** A position in the started grid's own log; negative when there is none (see {@link #gridLogSince}). */
    public long gridLogMark() {
        return startedGrid == null ? -1 : startedGrid.logMark();
    }

    /** The started grid's own log since {@code mark}, secrets masked; empty when it keeps none. */
    public String gridLogSince(long mark) {
        return startedGrid == null || mark < 0 ? "" : startedGrid.logSince(mark);
    }

    @Override
    public void close() {
        client.close();
        if (startedGrid != null) {
            startedGrid.close();
        }
    }
}
