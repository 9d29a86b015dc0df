package io.gridprobe.cli;

import io.gridprobe.harness.accounts.AccountLeases;
import io.gridprobe.harness.config.ConfigurationException;
import io.gridprobe.harness.config.HarnessConfig;
import io.gridprobe.harness.config.Shard;
import io.gridprobe.harness.junit.HarnessMetrics;
import io.gridprobe.harness.junit.LongestFirst;
import io.gridprobe.harness.junit.RoleRequirements;
import io.gridprobe.reports.AllureResults;
import io.gridprobe.reports.RunSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gridprobe run}: the scenario suites against a grid, with a verdict, JUnit XML and an Allure report. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs the scenario suites against a grid (the embedded one when none is given) and reports.",
                "The grid is --grid if given, else the loginUri of the --accounts file, else the embedded grid."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all scenarios passed (some may be skipped, with their reasons)",
                "1:a scenario failed, or every selected scenario was skipped (nothing was verified)",
                "2:the grid could not be reached, or the configuration is wrong"},
        footer = {"", "Examples:",
                "  gridprobe run                                   # smoke suite against the embedded grid",
                "  gridprobe run --tags perms,inventory --accounts staging.yaml",
                "  GRIDPROBE_PASSWORD_ALICE=... gridprobe run --grid http://grid.example:8002/ --tags smoke",
                "  gridprobe run --opensim ~/opensim/bin --tags smoke,groups",
                "", "Passwords come from the environment or the accounts file ($${ENV} placeholders), never the command line."})
public final class RunCommand implements Callable<Integer> {
    static final String SCENARIO_PACKAGE = "io.gridprobe.scenarios";

    @Option(names = "--grid", paramLabel = "URI|embedded", description = "Login URI of the grid to test, or 'embedded'.")
    String grid;

    @Option(names = "--accounts", paramLabel = "FILE", description = "YAML file: loginUri, accounts by role, regions, timeoutScale.")
    Path accounts;

    @Option(names = "--opensim", paramLabel = "DIR", description = GridOptions.OPENSIM_DESCRIPTION
            + " Its log goes to REPORT/opensim.log, and a failed scenario gets the part written meanwhile.")
    Path openSim;

    @Option(names = "--tags", split = ",", paramLabel = "TAG", description = "Suites to run (default: smoke), e.g. chat,perms.")
    List<String> tags;

    @Option(names = "--report", paramLabel = "DIR", defaultValue = "gridprobe-report",
            description = "Where results go: allure-results/, junit/, html/, summary.json (default: ${DEFAULT-VALUE}).")
    Path report;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "1", description = "Scenario classes run at once, "
            + "each on accounts of its own from the pool; fewer when the pool is too small (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--shard", paramLabel = "I/N", description = "Use only the I-th of N disjoint slices of the account "
            + "pool, so that N processes can share one pool without talking to each other (e.g. 2/5).")
    String shard;

    @Option(names = "--shard-classes", description = "With --shard: also run only every N-th scenario class (the I-th, "
            + "by class name), so that N processes split the suites too.")
    boolean shardClasses;

    @Option(names = "--timeout-scale", paramLabel = "X", description = "Multiply every timeout (slow grids).")
    Double timeoutScale;

    @Option(names = "--history", paramLabel = "DIR", description = "A previous report folder, to show trends.")
    Path history;

    @Option(names = "--single-file", description = "Also write the HTML report as one file (for mail or chat).")
    boolean singleFile;

    @Option(names = "--embedded-objects", paramLabel = "N[,MOVING]",
            description = "With the embedded grid: a busy first region of N prims, MOVING of them moving.")
    String embeddedObjects;

    @Option(names = "--no-html", description = "Skip rendering the HTML report (results are still written).")
    boolean noHtml;

    private String classDurations = "";
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    @Override
    public Integer call() {
        HarnessConfig config;
        try {
            config = applyOptions();
        } catch (ConfigurationException e) {
            err.println("gridprobe: configuration is wrong: " + e.getMessage());
            return 2;
        }
        if (!config.startsGrid()) {
            String problem = unreachable(config.loginUri().orElseThrow(), config.scaled(Duration.ofSeconds(10)));
            if (problem != null) {
                err.println("gridprobe: the grid could not be reached: " + problem);
                return 2;
            }
        }
        // read before this run overwrites it: the classes that took longest last time start first
        classDurations = parallel > 1 ? ClassDurations.from(report, history) : "";
        Path results = report.resolve("allure-results");
        Path junit = report.resolve("junit");
        try {
            RunReport.deleteTree(results);
            Files.createDirectories(results);
            Files.createDirectories(junit);
        } catch (IOException e) {
            err.println("gridprobe: cannot write the report folder " + report + ": " + e.getMessage());
            return 2;
        }
        AllureResults.writeTo(results);
        HarnessMetrics.reset();

        List<String> selected = tags == null || tags.isEmpty() ? List.of("smoke") : tags;
        String gridLabel = config.loginUri().map(URI::toString)
                .orElse(config.openSimBuild().map(d -> "OpenSimulator " + d).orElse("embedded"));
        if (config.openSimBuild().isPresent()) {
            System.setProperty("gridprobe.opensim.log", report.resolve("opensim.log").toAbsolutePath().toString());
        }
        RunSummary summary = new RunSummary(gridLabel, System.currentTimeMillis());
        boolean tty = System.console() != null && System.getenv("CI") == null;
        ProgressListener progress = new ProgressListener(out, tty, summary);
        FailureCauses causes = new FailureCauses();
        Launcher launcher = LauncherFactory.create();
        LauncherDiscoveryRequest discovery = request(List.of(DiscoverySelectors.selectPackage(SCENARIO_PACKAGE)), selected);
        TestPlan plan = launcher.discover(discovery);
        ScenarioClasses classes = ScenarioClasses.of(plan);
        if (plan.countTestIdentifiers(TestIdentifier::isTest) == 0) {
            err.println("gridprobe: no scenario is tagged " + String.join(",", selected)
                    + " (tags: smoke, login, chat, im, perms, objects, inventory, teleport, crossing, groups, parcels, money, friends, movement, appearance, load)");
            return 2;
        }
        if (shardClasses) {
            List<Class<?>> mine = classes.forShard(config.shard());
            out.println("gridprobe: shard " + config.shard() + " runs " + mine.size() + " of the " + classes.all().size()
                    + " selected scenario classes");
            if (mine.isEmpty()) {
                return 0;
            }
            discovery = request(mine.stream().<DiscoverySelector>map(DiscoverySelectors::selectClass).toList(), selected);
            plan = launcher.discover(discovery);
            classes = ScenarioClasses.of(plan);
        }
        String missing = missingRoles(plan, config);
        if (missing != null) {
            err.println("gridprobe: configuration is wrong: the selected scenarios need roles that are not configured: "
                    + missing + "; add them to the accounts file (accounts.<role>) or set GRIDPROBE_ACCOUNT_<ROLE> and "
                    + "GRIDPROBE_PASSWORD_<ROLE> (roles the suites use: " + String.join(", ", RoleRequirements.KNOWN) + ")");
            return 2;
        }
        if (!config.pool().isEmpty()) {
            String tooBig = classes.tooBigFor(config.pool().slice(config.shard()).size());
            if (tooBig != null) {
                err.println("gridprobe: configuration is wrong: " + tooBig + (config.shard().isWhole() ? ""
                        : " (shard " + config.shard() + " of the " + config.pool() + ")") + "; configure a larger pool");
                return 2;
            }
        }
        out.println("gridprobe " + VersionProvider.version() + ": " + String.join(",", selected) + " against "
                + (config.usesEmbeddedGrid() ? "the embedded grid"
                : config.openSimBuild().map(d -> "the OpenSimulator build in " + d + " (starting it)").orElse(gridLabel)));
        // Not closed: closing it would close standard error, and the run still has things to say there.
        PrintWriter xmlOut = new PrintWriter(err, true);
        LegacyXmlReportGeneratingListener xml = new LegacyXmlReportGeneratingListener(junit, xmlOut);
        launcher.execute(discovery, progress, causes, xml, new PoolNotice(out, classes, parallel));
        xmlOut.flush();
        summary.finished(System.currentTimeMillis());
        HarnessMetrics.loginMillis().stream().filter(ms -> ms >= 0).forEach(summary::loginTook);
        RunReport runReport = new RunReport(report, history, singleFile, noHtml, out, err);
        runReport.write(config, summary, results);
        runReport.printSummary(summary);
        if (causes.onlyUnreachableOrConfiguration() && summary.count(RunSummary.Outcome.PASSED) == 0) {
            err.println("gridprobe: " + causes.first());
            return 2;
        }
        if (summary.count(RunSummary.Outcome.FAILED) + summary.count(RunSummary.Outcome.BROKEN) > 0) {
            return 1;
        }
        if (summary.count(RunSummary.Outcome.PASSED) == 0) {
            // every selected scenario was skipped: nothing was verified, and that is no pass
            err.println("gridprobe: nothing was verified: all " + summary.count(RunSummary.Outcome.SKIPPED)
                    + " selected scenarios were skipped (see their reasons above)");
            return 1;
        }
        return 0;
    }

    /**
     * The scenarios with these tags among the selected ones; with {@code --parallel N}, classes run at once (each
     * on the accounts it leases), the tests of one class one after another.
     */
    private LauncherDiscoveryRequest request(List<? extends DiscoverySelector> selectors, List<String> selected) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(TagFilter.includeTags(selected));
        if (parallel > 1) {
            request.configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                    .configurationParameter("junit.jupiter.execution.parallel.mode.default", "same_thread")
                    .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                    .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                    .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism",
                            String.valueOf(parallel))
                    // A scenario waiting on a future (CompletableFuture.get) makes the fork-join pool add a thread,
                    // which starts another class: without this cap, every class of the run was running at once.
                    .configurationParameter("junit.jupiter.execution.parallel.config.fixed.max-pool-size",
                            String.valueOf(parallel))
                    .configurationParameter("junit.jupiter.execution.parallel.config.fixed.saturate", "true");
            if (!classDurations.isEmpty()) {
                request.configurationParameter("junit.jupiter.testclass.order.default", LongestFirst.class.getName())
                        .configurationParameter(LongestFirst.DURATIONS, classDurations);
            }
        }
        return request.build();
    }

    /** Options become the system properties HarnessConfig reads, which the scenarios' extension reads too. */
    private HarnessConfig applyOptions() {
        if (timeoutScale != null) {
            System.setProperty("gridprobe.timeoutScale", timeoutScale.toString());
        }
        if (embeddedObjects != null) {
            System.setProperty("gridprobe.embedded.objects", embeddedObjects);
        }
        if (parallel < 1) {
            throw new ConfigurationException("--parallel must be at least 1");
        }
        if (shard != null) {
            Shard.parse(shard, "--shard");
            System.setProperty("gridprobe.shard", shard.trim());
        } else if (shardClasses) {
            throw new ConfigurationException("--shard-classes needs --shard I/N");
        }
        return GridOptions.config(grid, accounts, openSim);
    }

    /**
     * The roles the planned scenarios need that the configuration lacks, said with who needs them; null when none is
     * missing. Checked before any login: a missing role is a configuration error, not a failed scenario. A grid
     * gridprobe starts (the embedded one, an OpenSimulator build) makes every role itself; a pool plays every role
     * that is not pinned.
     */
    static String missingRoles(TestPlan plan, HarnessConfig config) {
        if (config.startsGrid()) {
            return null;
        }
        RoleRequirements needed = rolesNeeded(plan);
        java.util.Set<String> configured = new java.util.HashSet<>(config.accounts().keySet());
        if (!config.pool().isEmpty()) {
            needed.roles().stream().filter(r -> !AccountLeases.PINNED_ROLES.contains(r)).forEach(configured::add);
        }
        Map<String, java.util.Set<String>> missing = needed.missingFrom(configured);
        return missing.isEmpty() ? null : RoleRequirements.describe(missing);
    }

    /** The roles of every planned scenario method (its {@code @Login} parameters and {@code @Roles}). */
    static RoleRequirements rolesNeeded(TestPlan plan) {
        RoleRequirements needed = new RoleRequirements();
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier id : plan.getDescendants(root)) {
                id.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                        .ifPresent(m -> needed.add(m.getJavaMethod()));
            }
        }
        return needed;
    }

    /** Null when the login URI answers HTTP at all (any status); else why not. */
    static String unreachable(URI uri, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        try {
            client.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(), HttpResponse.BodyHandlers.discarding());
            return null;
        } catch (HttpTimeoutException e) {
            return uri + " did not answer within " + timeout.toSeconds() + " s";
        } catch (ConnectException e) {
            return uri + " refused the connection";
        } catch (IOException e) {
            return uri + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

}
