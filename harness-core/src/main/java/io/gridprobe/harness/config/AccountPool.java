package io.gridprobe.harness.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interchangeable accounts that scenario classes lease for the roles that need no particular identity (alice, bob,
 * carol), so that classes running at once never log in the same account: a grid lets an account be logged in once,
 * and a second login kicks the first. Written in the accounts file as a name pattern over a number range, a list, or
 * both:
 * <pre>
 * pool:
 *   pattern: "Load Bot{n}"      # {n} becomes each number of the range
 *   range: 0-59
 *   password: "${LOAD_PASSWORD}"
 *   accounts:
 *     - { name: "Spare One", password: "${SPARE_PASSWORD}" }
 * </pre>
 * The pattern's three settings can also come from {@code GRIDPROBE_POOL_PATTERN}, {@code _RANGE}, {@code _PASSWORD}
 * (or {@code gridprobe.pool.pattern}, {@code .range}, {@code .password}), each over the file's. Accounts keep their
 * pool order: leases take the first free ones, so a serial run always uses the same few.
 */
public final class AccountPool {
    /** The role the pool's accounts carry until a lease names them after the role they play. */
    public static final String ROLE = "pool";
    public static final AccountPool EMPTY = new AccountPool(List.of());
    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,6})\\s*-\\s*(\\d{1,6})\\s*");
    private static final int MAX = 10_000;

    private final List<Credentials> accounts;

    public AccountPool(List<Credentials> accounts) {
        Set<String> seen = new HashSet<>();
        for (Credentials c : accounts) {
            if (!seen.add(key(c))) {
                // two leases could get the same account under two entries: exactly what the pool is there to prevent
                throw new ConfigurationException("the account pool lists " + c.fullName() + " twice");
            }
        }
        this.accounts = List.copyOf(accounts);
    }

    /** The identity that makes two entries the same account on a grid: the name, whatever its case. */
    public static String key(Credentials c) {
        return c.fullName().toLowerCase(Locale.ROOT);
    }

    public List<Credentials> accounts() {
        return accounts;
    }

    public int size() {
        return accounts.size();
    }

    public boolean isEmpty() {
        return accounts.isEmpty();
    }

    /** Shard {@code shard}'s slice: the accounts it may lease without asking the other shards. */
    public AccountPool slice(Shard shard) {
        return shard.isWhole() ? this : new AccountPool(shard.slice(accounts));
    }

    /** The pattern settings and the listed accounts of one source, before defaults and overrides. */
    record Settings(String pattern, String range, String password, List<Credentials> listed, String where) {
        static final Settings NONE = new Settings(null, null, null, List.of(), "");

        /** Reads the file's {@code pool:} mapping (absent: {@link #NONE}), interpolating {@code ${ENV}}. */
        static Settings read(JsonNode pool, Map<String, String> env, String where) {
            if (pool == null || pool.isMissingNode() || pool.isNull()) {
                return NONE;
            }
            if (!pool.isObject()) {
                throw new ConfigurationException(where + ": pool must be a mapping (pattern, range, password, accounts)");
            }
            String w = where + " pool";
            List<Credentials> listed = new ArrayList<>();
            int i = 0;
            for (JsonNode a : pool.path("accounts")) {
                String at = w + ".accounts[" + i++ + "]";
                if (!a.hasNonNull("name")) {
                    throw new ConfigurationException(at + " has no name");
                }
                String name = EnvInterpolator.interpolate(a.get("name").asText(), env, at + ".name");
                String password = a.hasNonNull("password")
                        ? EnvInterpolator.interpolate(a.get("password").asText(), env, at + ".password") : null;
                listed.add(Credentials.of(ROLE, name, password));
            }
            return new Settings(text(pool, "pattern", env, w), text(pool, "range", env, w),
                    text(pool, "password", env, w), listed, w);
        }

        private static String text(JsonNode pool, String field, Map<String, String> env, String where) {
            return pool.hasNonNull(field) ? EnvInterpolator.interpolate(pool.get(field).asText(), env, where + "." + field) : null;
        }

        /** These settings with each pattern setting {@code source} gives ({@code prefix + "PATTERN"}, ...) over them. */
        Settings override(Map<String, String> source, String patternKey, String rangeKey, String passwordKey) {
            String p = nonBlank(source.get(patternKey));
            String r = nonBlank(source.get(rangeKey));
            String pw = nonBlank(source.get(passwordKey));
            if (p == null && r == null && pw == null) {
                return this;
            }
            String w = p != null ? patternKey : r != null ? rangeKey : where;
            return new Settings(p != null ? p : pattern, r != null ? r : range, pw != null ? pw : password, listed,
                    where.isEmpty() ? w : where + " and " + w);
        }

        AccountPool toPool() {
            List<Credentials> all = new ArrayList<>();
            if (pattern != null || range != null) {
                all.addAll(expand());
            } else if (password != null && listed.isEmpty()) {
                throw new ConfigurationException(where + ": a pool password is set but no pattern and range");
            }
            all.addAll(listed);
            return all.isEmpty() ? EMPTY : new AccountPool(all);
        }

        private List<Credentials> expand() {
            if (pattern == null || !pattern.contains("{n}")) {
                throw new ConfigurationException(where + ": the pool pattern must contain {n}, e.g. \"Load Bot{n}\""
                        + (pattern == null ? " (no pattern is set)" : ", not \"" + pattern + "\""));
            }
            Matcher m = RANGE.matcher(range == null ? "" : range);
            if (!m.matches()) {
                throw new ConfigurationException(where + ": the pool range must be FIRST-LAST, e.g. 0-59"
                        + (range == null ? " (no range is set)" : ", not '" + range + "'"));
            }
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            if (to < from || to - from >= MAX) {
                throw new ConfigurationException(where + ": the pool range " + range + " must count up, at most " + MAX);
            }
            if (password == null) {
                throw new ConfigurationException(where + ": the pool pattern has no password (pool.password or "
                        + "GRIDPROBE_POOL_PASSWORD)");
            }
            List<Credentials> out = new ArrayList<>(to - from + 1);
            for (int n = from; n <= to; n++) {
                out.add(Credentials.of(ROLE, pattern.replace("{n}", Integer.toString(n)), password));
            }
            return out;
        }

        private static String nonBlank(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }

    @Override
    public String toString() {
        if (accounts.isEmpty()) {
            return "no pool";
        }
        String first = accounts.get(0).fullName();
        String last = accounts.get(accounts.size() - 1).fullName();
        return "pool of " + accounts.size() + (accounts.size() == 1 ? " account (" + first + ")"
                : " accounts (" + first + " .. " + last + ")");
    }
}
