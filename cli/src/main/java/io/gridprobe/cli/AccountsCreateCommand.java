package io.gridprobe.cli;

import io.gridprobe.fixtures.opensim.RemoteAdmin;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gridprobe accounts create}: makes test accounts on an OpenSimulator grid through RemoteAdmin, once: an
 * account that exists is left as it is, so running it again changes nothing. Passwords come from environment
 * variables named on the command line, never from the command line itself, and are never printed.
 */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = {"Creates test accounts on an OpenSimulator grid through RemoteAdmin (admin_exists_user, "
                + "admin_create_user); accounts that exist are kept. Run it again: it creates nothing twice.",
                "Second Life has no such interface: there, an operator makes the accounts by hand or with Linden "
                        + "Lab's help and lists them in the accounts file."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every account exists now", "1:some could not be created",
                "2:wrong options, a missing password variable, or RemoteAdmin refused or could not be reached"},
        footer = {"", "Examples:",
                "  ADMIN=... BOTS=... gridprobe accounts create --grid http://127.0.0.1:9000/ \\",
                "      --remote-admin-password-env ADMIN --pattern \"Load Bot{n}\" --count 60 --password-env BOTS",
                "  ADMIN=... ALICE=... gridprobe accounts create --grid http://sim.example:9000/ --insecure \\",
                "      --remote-admin-password-env ADMIN --name \"Test Alice\" --password-env ALICE"})
public final class AccountsCreateCommand implements Callable<Integer> {
    private static final Pattern RANGE = Pattern.compile("(\\d+)-(\\d+)");

    @Option(names = "--grid", required = true, paramLabel = "URI",
            description = "The grid's RemoteAdmin URI (on a standalone OpenSimulator, its login URI).")
    URI grid;

    @Option(names = "--remote-admin-password-env", required = true, paramLabel = "VAR",
            description = "The environment variable that holds the RemoteAdmin password.")
    String adminPasswordEnv;

    @Option(names = "--pattern", paramLabel = "TEXT", description = "Account names, {n} replaced by a number: \"Load Bot{n}\".")
    String pattern;

    @Option(names = "--count", paramLabel = "N", description = "With --pattern: numbers 0 to N-1.")
    Integer count;

    @Option(names = "--range", paramLabel = "A-B", description = "With --pattern: numbers A to B (as an accounts file's pool).")
    String range;

    @Option(names = "--name", paramLabel = "\"FIRST LAST\"", description = "One account by name (repeatable).")
    List<String> names = new ArrayList<>();

    @Option(names = "--password-env", required = true, paramLabel = "VAR",
            description = "The environment variable that holds the accounts' password.")
    String passwordEnv;

    @Option(names = "--home", paramLabel = "X,Y", defaultValue = "1000,1000",
            description = "Grid position of the home region (default: ${DEFAULT-VALUE}).")
    String home;

    @Option(names = "--insecure", description = "Allow plain HTTP to a host that is not this machine (passwords travel unencrypted).")
    boolean insecure;

    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    @Override
    public Integer call() {
        List<String[]> accounts;
        int homeX;
        int homeY;
        try {
            accounts = accounts();
            String[] xy = home.split(",");
            homeX = Integer.parseInt(xy[0].strip());
            homeY = Integer.parseInt(xy[1].strip());
        } catch (RuntimeException e) {
            err.println("gridprobe accounts create: " + e.getMessage());
            return 2;
        }
        String refusal = transportRefusal(grid, insecure);
        if (refusal != null) {
            err.println("gridprobe accounts create: " + refusal);
            return 2;
        }
        String adminPassword = System.getenv(adminPasswordEnv);
        String password = System.getenv(passwordEnv);
        if (adminPassword == null || adminPassword.isEmpty() || password == null || password.isEmpty()) {
            err.println("gridprobe accounts create: set " + (adminPassword == null || adminPassword.isEmpty()
                    ? adminPasswordEnv : passwordEnv) + " in the environment (passwords never go on the command line)");
            return 2;
        }
        RemoteAdmin admin = new RemoteAdmin(grid, adminPassword, Duration.ofSeconds(30));
        int created = 0;
        int existed = 0;
        int failed = 0;
        for (String[] a : accounts) {
            String who = a[0] + " " + a[1];
            try {
                if (admin.userExists(a[0], a[1])) {
                    existed++;
                    out.println("exists   " + who);
                } else {
                    admin.createUser(a[0], a[1], password, homeX, homeY);
                    created++;
                    out.println("created  " + who);
                }
            } catch (RemoteAdmin.RemoteAdminException e) {
                if (created + existed == 0 && failed == 0) {
                    // the first call failing is RemoteAdmin itself (refused, unreachable): say it once
                    err.println("gridprobe accounts create: RemoteAdmin at " + grid + ": " + e.getMessage());
                    return 2;
                }
                failed++;
                out.println("FAILED   " + who + ": " + e.getMessage());
            }
        }
        out.println(created + " created, " + existed + " already existed, " + failed + " failed");
        return failed > 0 ? 1 : 0;
    }

    /** The accounts asked for, as {first, last}. */
    List<String[]> accounts() {
        List<String[]> out = new ArrayList<>();
        for (String n : names) {
            out.add(split(n));
        }
        if (pattern != null) {
            if (!pattern.contains("{n}")) {
                throw new IllegalArgumentException("--pattern needs {n} where the number goes: " + pattern);
            }
            if ((count == null) == (range == null)) {
                throw new IllegalArgumentException("--pattern needs either --count N or --range A-B");
            }
            int from = 0;
            int to;
            if (count != null) {
                if (count < 1) {
                    throw new IllegalArgumentException("--count must be at least 1");
                }
                to = count - 1;
            } else {
                Matcher m = RANGE.matcher(range.strip());
                if (!m.matches() || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
                    throw new IllegalArgumentException("--range must be A-B with A <= B: " + range);
                }
                from = Integer.parseInt(m.group(1));
                to = Integer.parseInt(m.group(2));
            }
            for (int i = from; i <= to; i++) {
                out.add(split(pattern.replace("{n}", Integer.toString(i))));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("name the accounts: --name \"First Last\" or --pattern with --count");
        }
        return out;
    }

    private static String[] split(String fullName) {
        String[] parts = fullName.strip().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("an account name is two words, first and last: '" + fullName + "'");
        }
        return parts;
    }

    /** Why the passwords may not be sent there, or null: plain HTTP only to this machine unless --insecure. */
    static String transportRefusal(URI uri, boolean insecure) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "--grid must be an http(s) URI: " + uri;
        }
        if (scheme.equals("https") || insecure) {
            return null;
        }
        try {
            InetAddress host = InetAddress.getByName(uri.getHost());
            if (host.isLoopbackAddress()) {
                return null;
            }
        } catch (UnknownHostException e) {
            return "unknown host " + uri.getHost();
        }
        return "refusing to send passwords over plain HTTP to " + uri.getHost()
                + " (not this machine): use https, or --insecure if you accept that";
    }
}
