package io.gridprobe.harness.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which grid to test and with which accounts. Sources, highest precedence first:
 * <ol>
 * <li>system properties: {@code gridprobe.loginUri}, {@code gridprobe.account.<role>} ("First Last"),
 *     {@code gridprobe.password.<role>}, {@code gridprobe.timeoutScale}, {@code gridprobe.accounts} (a YAML file),
 *     {@code gridprobe.opensim} (an OpenSimulator bin folder to start instead of the embedded grid),
 *     {@code gridprobe.pool.pattern}/{@code .range}/{@code .password}, {@code gridprobe.shard} ("i/n");</li>
 * <li>environment: {@code GRIDPROBE_LOGIN_URI}, {@code GRIDPROBE_ACCOUNT_<ROLE>}, {@code GRIDPROBE_PASSWORD_<ROLE>},
 *     {@code GRIDPROBE_TIMEOUT_SCALE}, {@code GRIDPROBE_ACCOUNTS}, {@code GRIDPROBE_OPENSIM},
 *     {@code GRIDPROBE_POOL_PATTERN}/{@code _RANGE}/{@code _PASSWORD}, {@code GRIDPROBE_SHARD};</li>
 * <li>the YAML file ({@code loginUri}, {@code accounts: {role: {name, password}}}, {@code pool} (see
 *     {@link AccountPool}), {@code regions}, {@code timeoutScale}), with {@code ${ENV}} interpolation so secrets
 *     stay in the environment;</li>
 * <li>otherwise a grid started for the run: the OpenSimulator build if one is named, else the embedded grid, each
 *     with the accounts it makes.</li>
 * </ol>
 */
public final class HarnessConfig {
    private final URI loginUri;
    private final Map<String, Credentials> accounts;
    private final List<String> regionHints;
    private final double timeoutScale;
    private final String source;
    private final Path openSimBuild;
    private final AccountPool pool;
    private final Shard shard;

    public HarnessConfig(URI loginUri, Map<String, Credentials> accounts, List<String> regionHints, double timeoutScale,
                         String source) {
        this(loginUri, accounts, regionHints, timeoutScale, source, null);
    }

    /** @param openSimBuild an OpenSimulator bin folder to start for the run, or null; excludes a login URI */
    public HarnessConfig(URI loginUri, Map<String, Credentials> accounts, List<String> regionHints, double timeoutScale,
                         String source, Path openSimBuild) {
        this(loginUri, accounts, regionHints, timeoutScale, source, openSimBuild, AccountPool.EMPTY, Shard.WHOLE);
    }

    /**
     * @param pool  the whole configured pool (empty: none configured; a grid the run starts may bring its own)
     * @param shard which slice of the pool (and of the scenario classes) this process uses
     */
    public HarnessConfig(URI loginUri, Map<String, Credentials> accounts, List<String> regionHints, double timeoutScale,
                         String source, Path openSimBuild, AccountPool pool, Shard shard) {
        this.pool = java.util.Objects.requireNonNull(pool, "pool");
        this.shard = java.util.Objects.requireNonNull(shard, "shard");
        if (loginUri != null && openSimBuild != null) {
            throw new ConfigurationException("both a grid to test (" + loginUri + ") and an OpenSimulator build to start ("
                    + openSimBuild + ") are configured; give only one (--grid/loginUri or --opensim/gridprobe.opensim)");
        }
        this.openSimBuild = openSimBuild;
        if (!(timeoutScale > 0) || Double.isInfinite(timeoutScale)) {
            throw new ConfigurationException("timeoutScale must be a positive number, not " + timeoutScale);
        }
        this.loginUri = loginUri;
        this.accounts = Map.copyOf(accounts);
        this.regionHints = List.copyOf(regionHints);
        this.timeoutScale = timeoutScale;
        this.source = source;
    }

    /** The configuration of this JVM: its system properties and environment. */
    public static HarnessConfig fromEnvironment() {
        Map<String, String> props = new LinkedHashMap<>();
        System.getProperties().forEach((k, v) -> props.put(String.valueOf(k), String.valueOf(v)));
        return load(props, System.getenv());
    }

    public static HarnessConfig load(Map<String, String> props, Map<String, String> env) {
        String file = first(props.get("gridprobe.accounts"), env.get("GRIDPROBE_ACCOUNTS"));
        URI uri = null;
        Map<String, Credentials> accounts = new LinkedHashMap<>();
        List<String> regions = new ArrayList<>();
        double scale = 1.0;
        List<String> sources = new ArrayList<>();
        AccountPool.Settings pool = AccountPool.Settings.NONE;
        if (file != null) {
            FileSettings f = readFile(Path.of(file), env);
            pool = f.pool;
            uri = f.loginUri;
            accounts.putAll(f.accounts);
            regions.addAll(f.regions);
            scale = f.timeoutScale == null ? scale : f.timeoutScale;
            sources.add("file " + file);
        }
        // Environment over file, properties over environment.
        uri = override(uri, env.get("GRIDPROBE_LOGIN_URI"), "GRIDPROBE_LOGIN_URI", sources, "environment");
        uri = override(uri, props.get("gridprobe.loginUri"), "gridprobe.loginUri", sources, "system properties");
        scale = overrideScale(scale, env.get("GRIDPROBE_TIMEOUT_SCALE"), "GRIDPROBE_TIMEOUT_SCALE");
        scale = overrideScale(scale, props.get("gridprobe.timeoutScale"), "gridprobe.timeoutScale");
        applyAccounts(accounts, env, "GRIDPROBE_ACCOUNT_", "GRIDPROBE_PASSWORD_", true);
        applyAccounts(accounts, props, "gridprobe.account.", "gridprobe.password.", false);
        pool = pool.override(env, "GRIDPROBE_POOL_PATTERN", "GRIDPROBE_POOL_RANGE", "GRIDPROBE_POOL_PASSWORD")
                .override(props, "gridprobe.pool.pattern", "gridprobe.pool.range", "gridprobe.pool.password");
        String shardText = first(props.get("gridprobe.shard"), env.get("GRIDPROBE_SHARD"));
        Shard shard = shardText == null ? Shard.WHOLE
                : Shard.parse(shardText, props.get("gridprobe.shard") != null ? "gridprobe.shard" : "GRIDPROBE_SHARD");
        String openSim = first(props.get("gridprobe.opensim"), env.get("GRIDPROBE_OPENSIM"));
        if (openSim != null) {
            sources.add("OpenSimulator build " + openSim);
        }
        String source = sources.isEmpty() ? (uri == null ? "embedded grid" : "defaults") : String.join(", ", sources);
        return new HarnessConfig(uri, accounts, regions, scale, source, openSim == null ? null : Path.of(openSim.trim()),
                pool.toPool(), shard);
    }

    private record FileSettings(URI loginUri, Map<String, Credentials> accounts, List<String> regions, Double timeoutScale,
                                AccountPool.Settings pool) {
    }

    private static FileSettings readFile(Path file, Map<String, String> env) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ConfigurationException("cannot read accounts file " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ConfigurationException("accounts file " + file + " is not a YAML mapping");
        }
        String where = "accounts file " + file;
        URI uri = root.hasNonNull("loginUri")
                ? parseUri(EnvInterpolator.interpolate(root.get("loginUri").asText(), env, where + " loginUri"), where)
                : null;
        Map<String, Credentials> accounts = new LinkedHashMap<>();
        JsonNode acc = root.path("accounts");
        for (Iterator<Map.Entry<String, JsonNode>> it = acc.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String role = e.getKey().toLowerCase(Locale.ROOT);
            JsonNode a = e.getValue();
            if (!a.hasNonNull("name")) {
                throw new ConfigurationException(where + ": account '" + role + "' has no name");
            }
            String name = EnvInterpolator.interpolate(a.get("name").asText(), env, where + " accounts." + role + ".name");
            String password = a.hasNonNull("password")
                    ? EnvInterpolator.interpolate(a.get("password").asText(), env, where + " accounts." + role + ".password")
                    : null;
            accounts.put(role, Credentials.of(role, name, password));
        }
        List<String> regions = new ArrayList<>();
        root.path("regions").forEach(r -> regions.add(r.asText()));
        Double scale = root.hasNonNull("timeoutScale") ? root.get("timeoutScale").asDouble() : null;
        return new FileSettings(uri, accounts, regions, scale, AccountPool.Settings.read(root.get("pool"), env, where));
    }

    private static void applyAccounts(Map<String, Credentials> accounts, Map<String, String> source, String namePrefix,
                                      String passwordPrefix, boolean upperCase) {
        for (Map.Entry<String, String> e : source.entrySet()) {
            if (e.getKey().startsWith(namePrefix)) {
                String role = e.getKey().substring(namePrefix.length()).toLowerCase(Locale.ROOT);
                Credentials old = accounts.get(role);
                accounts.put(role, Credentials.of(role, e.getValue(), old == null ? null : old.password()));
            }
        }
        for (Map.Entry<String, String> e : source.entrySet()) {
            if (e.getKey().startsWith(passwordPrefix)) {
                String role = e.getKey().substring(passwordPrefix.length()).toLowerCase(Locale.ROOT);
                Credentials old = accounts.get(role);
                if (old == null) {
                    throw new ConfigurationException(e.getKey() + " is set but no account name is configured for role '"
                            + role + "' (set " + namePrefix + (upperCase ? role.toUpperCase(Locale.ROOT) : role) + ")");
                }
                accounts.put(role, new Credentials(role, old.firstName(), old.lastName(), e.getValue()));
            }
        }
    }

    private static URI override(URI current, String value, String name, List<String> sources, String sourceName) {
        if (value == null || value.isBlank()) {
            return current;
        }
        if (value.trim().equalsIgnoreCase("embedded")) {
            sources.add(sourceName + " (embedded grid)");
            return null;
        }
        if (!sources.contains(sourceName)) {
            sources.add(sourceName);
        }
        return parseUri(value, name);
    }

    private static double overrideScale(double current, String value, String name) {
        if (value == null || value.isBlank()) {
            return current;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new ConfigurationException(name + " must be a number, not '" + value + "'");
        }
    }

    private static URI parseUri(String value, String where) {
        try {
            URI u = URI.create(value.trim());
            if (u.getScheme() == null || u.getHost() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https"))) {
                throw new IllegalArgumentException("needs http(s)://host[:port]/path");
            }
            return u;
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(where + ": '" + value + "' is not a usable login URI (" + e.getMessage() + ")");
        }
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : (b != null && !b.isBlank() ? b : null);
    }

    /** The login URI of the grid under test, or empty when the run starts its own grid. */
    public Optional<URI> loginUri() {
        return Optional.ofNullable(loginUri);
    }

    /** Whether the run starts its own grid (the embedded one, or an OpenSimulator build) rather than testing one. */
    public boolean startsGrid() {
        return loginUri == null;
    }

    /** Whether the run starts the embedded grid: no login URI and no OpenSimulator build configured. */
    public boolean usesEmbeddedGrid() {
        return loginUri == null && openSimBuild == null;
    }

    /** The OpenSimulator bin folder the run starts ({@code gridprobe.opensim}, {@code GRIDPROBE_OPENSIM}). */
    public Optional<Path> openSimBuild() {
        return Optional.ofNullable(openSimBuild);
    }

    public Map<String, Credentials> accounts() {
        return accounts;
    }

    public Optional<Credentials> account(String role) {
        return Optional.ofNullable(accounts.get(role.toLowerCase(Locale.ROOT)));
    }

    /** The configured pool, whole (see {@link #shard()} for this process's slice); empty when none is configured. */
    public AccountPool pool() {
        return pool;
    }

    /** Which slice of the pool, and of the scenario classes, this process uses; {@link Shard#WHOLE} by default. */
    public Shard shard() {
        return shard;
    }

    public List<String> regionHints() {
        return regionHints;
    }

    public double timeoutScale() {
        return timeoutScale;
    }

    /** A timeout stretched by the configured scale (slow grids get one knob, not a hundred). */
    public Duration scaled(Duration d) {
        return Duration.ofNanos((long) (d.toNanos() * timeoutScale));
    }

    /** Where the settings came from, for the report's environment section. */
    public String source() {
        return source;
    }

    /** The same configuration pointed at another grid with other accounts (the embedded grid, say). */
    public HarnessConfig withGrid(URI uri, Map<String, Credentials> accounts) {
        Map<String, Credentials> merged = new LinkedHashMap<>(accounts);
        merged.putAll(this.accounts);
        return new HarnessConfig(uri, merged, regionHints, timeoutScale, source, uri == null ? openSimBuild : null, pool,
                shard);
    }

    @Override
    public String toString() {
        return "grid " + (loginUri != null ? loginUri : openSimBuild != null ? "OpenSimulator " + openSimBuild : "embedded")
                + ", accounts " + accounts.values() + (pool.isEmpty() ? "" : ", " + pool)
                + (shard.isWhole() ? "" : ", shard " + shard)
                + ", timeoutScale " + timeoutScale + " (from " + source + ")";
    }
}
