package io.gridprobe.harness.junit;

import io.gridprobe.harness.GridClient;
import io.gridprobe.harness.accounts.AccountLeases;
import io.gridprobe.harness.accounts.Lease;
import io.gridprobe.harness.config.AccountPool;
import io.gridprobe.harness.config.ConfigurationException;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.config.HarnessConfig;
import io.gridprobe.protocol.login.StartLocation;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The grid a run tests: where to log in, with which accounts, which regions it has, and the shared client. The run
 * has one, shared by every scenario class; each class sees it through a {@linkplain #leaseFor view} that gives the
 * accounts leased to the class, so that classes running at once never log in the same account.
 */
public final class GridTarget implements AutoCloseable {
    private final HarnessConfig config;
    private final URI loginUri;
    private final Map<String, Credentials> accounts;
    private final List<String> regions;
    private final String description;
    private final GridClient client;
    private final GridLauncher.RunningGrid startedGrid;
    private final AccountLeases leases;
    /** Null for the run's target; the class's accounts for a view. */
    private final Lease lease;

    GridTarget(HarnessConfig config, URI loginUri, Map<String, Credentials> accounts, List<String> regions,
               String description, GridLauncher.RunningGrid startedGrid) {
        this(config, loginUri, accounts, AccountPool.EMPTY, regions, description, startedGrid);
    }

    GridTarget(HarnessConfig config, URI loginUri, Map<String, Credentials> accounts, AccountPool pool,
               List<String> regions, String description, GridLauncher.RunningGrid startedGrid) {
        this.startedGrid = startedGrid;
        this.config = config;
        this.loginUri = loginUri;
        this.accounts = Map.copyOf(accounts);
        this.regions = List.copyOf(regions);
        this.description = description;
        this.client = GridClient.create(loginUri, config);
        this.leases = new AccountLeases(this.accounts, pool);
        this.lease = null;
    }

    /** A view of {@code shared} that gives {@code lease}'s accounts; shares its client and grid, closes neither. */
    private GridTarget(GridTarget shared, Lease lease) {
        this.startedGrid = shared.startedGrid;
        this.config = shared.config;
        this.loginUri = shared.loginUri;
        this.accounts = shared.accounts;
        this.regions = shared.regions;
        this.description = shared.description;
        this.client = shared.client;
        this.leases = shared.leases;
        this.lease = lease;
    }

    /**
     * Leases accounts for {@code roles} (all at once, waiting at most {@code timeout} for those other classes use)
     * and returns the view that gives them; closing the view gives them back.
     *
     * @throws io.gridprobe.harness.accounts.LeaseTimeoutException they did not come free in time
     * @throws ConfigurationException the pool is too small for these roles
     */
    public GridTarget leaseFor(String holder, Collection<String> roles, Duration timeout) throws InterruptedException {
        if (lease != null) {
            throw new IllegalStateException("a class's view cannot lease again; lease from the run's target");
        }
        return new GridTarget(this, leases.lease(holder, roles, timeout));
    }

    /** The accounts of a view (empty for the run's target). */
    public Optional<Lease> lease() {
        return Optional.ofNullable(lease);
    }

    /**
     * Where to log an avatar in that a scenario wants at ({@code x}, {@code y}) of {@code region}: moved north or
     * south into the class's lane (0 m for the run's target and in a serial run), so that classes running at once
     * do not stand on each other. Positions read from an agent already in the lane are used as they are.
     */
    public StartLocation spot(String region, int x, int y, int z) {
        return StartLocation.uri(region, x, y + laneOffsetY(), z);
    }

    /** The class's lane offset in metres (north positive); 0 for the run's target. */
    public int laneOffsetY() {
        return lease == null ? 0 : lease.laneOffsetY();
    }

    /** Who leases what: the pool (this process's shard of it) and the pinned accounts. */
    public AccountLeases leases() {
        return leases;
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
            return new GridTarget(config, uri, config.accounts(), config.pool().slice(config.shard()),
                    config.regionHints(), uri.toString(), null);
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
        AccountPool pool = config.pool().isEmpty() ? grid.pool() : config.pool();
        return new GridTarget(config, grid.loginUri(), accounts, pool.slice(config.shard()), grid.regionNames(),
                grid.description(), grid);
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

    /**
     * The account playing {@code role}. A class's view gives only what the class leased: a role it did not declare
     * (a {@code @Login} parameter or {@code @Roles}) could be in use by another class right now.
     */
    public Credentials credentials(String role) {
        if (lease != null) {
            Optional<Credentials> leased = lease.credentials(role);
            if (leased.isPresent()) {
                return leased.get();
            }
            if (leases.provides(role)) {
                throw new IllegalStateException("role '" + role + "' is not among the roles " + lease.holder()
                        + " declared (" + lease.accounts().keySet() + "); add @Roles(\"" + role + "\") to the scenario "
                        + "that logs it in by hand, so that the class leases an account for it");
            }
        }
        Credentials c = accounts.get(role.toLowerCase(Locale.ROOT));
        if (c == null) {
            throw new ConfigurationException("no account configured for role '" + role + "' (grid " + loginUri
                    + "; configured roles: " + accounts.keySet() + "); set GRIDPROBE_ACCOUNT_" + role.toUpperCase()
                    + " and GRIDPROBE_PASSWORD_" + role.toUpperCase() + " or add it to the accounts file");
        }
        return c;
    }

    /** The accounts by role: a view's leased ones, or the run's named ones. */
    public Map<String, Credentials> accounts() {
        return lease != null ? lease.accounts() : accounts;
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

    /** A view gives its accounts back; the run's target closes the client and stops a grid it started. */
    @Override
    public void close() {
        if (lease != null) {
            lease.close();
            return;
        }
        client.close();
        if (startedGrid != null) {
            startedGrid.close();
        }
    }
}
