package io.gridprobe.cli;

import io.gridprobe.harness.core.AgentFootprint;
import io.gridprobe.harness.GridClient;
import io.gridprobe.harness.config.ConfigurationException;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.config.HarnessConfig;
import io.gridprobe.harness.config.Shard;
import io.gridprobe.load.behaviour.Behaviour;
import io.gridprobe.load.behaviour.BehaviourMix;
import io.gridprobe.load.behaviour.DurationText;
import io.gridprobe.load.engine.LoadEngine;
import io.gridprobe.load.engine.LoadPlan;
import io.gridprobe.load.engine.LoadResult;
import io.gridprobe.load.engine.Progress;
import io.gridprobe.load.ramp.Ramp;
import io.gridprobe.load.report.LoadRecorder;
import io.gridprobe.load.report.LoadReportException;
import io.gridprobe.load.report.LoadReportFolder;
import io.gridprobe.load.report.LoadSummaryText;
import io.gridprobe.load.report.threshold.FailIf;
import io.gridprobe.load.report.threshold.Thresholds;
import java.io.PrintWriter;
import java.util.ArrayList;
import io.gridprobe.load.report.LoadReport;
import io.gridprobe.load.report.RunInfo;
import io.gridprobe.load.target.GivenGrid;
import io.gridprobe.load.target.LoadTarget;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gridprobe load}: many agents doing what people do, measured, with the grid's own health beside them. */
@Command(name = "load", mixinStandardHelpOptions = true, subcommands = LoadMergeCommand.class,
        description = {"Logs many agents in at a paced rate, has each do a mix of behaviours for a while, measures every",
                "action and the grid's own health (SimStats) every second, then logs everyone out.",
                "The grid is --grid if given, else the loginUri of the --accounts file, else --opensim, else an "
                        + "embedded grid."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every agent got in and nothing failed (or every --fail-if threshold held)",
                "1:an action failed, an agent never got in, or a --fail-if threshold was crossed",
                "2:the grid could not be reached, or the configuration is wrong"},
        footer = {"", "Examples:",
                "  gridprobe load --agents 20 --duration 1m --behaviour chat,walk      # against an embedded grid",
                "  gridprobe load --accounts os.yaml --agents 60 --ramp auto --duration 5m --behaviour chat,walk",
                "  gridprobe load --grid http://127.0.0.1:9000/ --accounts os.yaml --agents 200 --shard 2/4",
                "", "Behaviours (each with its own rate, e.g. chat:20s): " + "idle, chat, walk, teleport, cross, rez, im.",
                "Accounts come from the accounts file's pool (pattern \"Load Bot{n}\", range, password)."})
public final class LoadCommand implements Callable<Integer> {
    @Option(names = "--grid", paramLabel = "URI|embedded", description = "Login URI of the grid, or 'embedded'.")
    String grid;

    @Option(names = "--accounts", paramLabel = "FILE", description = "YAML accounts file with a pool: section.")
    Path accounts;

    @Option(names = "--opensim", paramLabel = "DIR", description = "An OpenSimulator bin folder (a built 0.9.x): start "
            + "it as a throwaway standalone grid (regions Alpha and Beta) with --agents load accounts, then stop it.")
    Path openSim;

    // not required = true: picocli would then ask for it before "load merge" too
    @Option(names = "--agents", paramLabel = "N", description = "Agents in all (over all shards). Required.")
    Integer agents;

    @Option(names = "--ramp", paramLabel = "R/s|auto", defaultValue = "auto",
            description = "Logins a second, or auto: as fast as the grid answers without slowing (default: ${DEFAULT-VALUE}).")
    String ramp;

    @Option(names = "--duration", paramLabel = "D", defaultValue = "60s",
            description = "How long the run lasts from the first login, e.g. 90s, 5m (default: ${DEFAULT-VALUE}).")
    String duration;

    @Option(names = "--behaviour", split = ",", paramLabel = "NAME[:EVERY]",
            description = "What each agent does, e.g. chat,walk or chat:20s,walk:5s (default: idle).")
    List<String> behaviours;

    @Option(names = "--regions", split = ",", paramLabel = "REGION",
            description = "Regions to start in (round robin) and travel between (default: the accounts file's regions).")
    List<String> regions;

    @Option(names = "--report", paramLabel = "DIR", description = "Write load-summary.json, the CSV series and the HTML page here.")
    Path report;

    @Option(names = "--fail-if", paramLabel = "EXPR", description = "Exit 1 when this holds for the run's report, e.g. "
            + "'p95(login) > 2s', 'failures > 0', 'min(time_dilation) < 0.8'. Repeatable. Without any, exit 1 on any "
            + "failure or an agent that never got in.")
    List<String> failIf = new ArrayList<>();

    @Option(names = "--shard", paramLabel = "I/N", description = "Run only the I-th of N slices of the agents and accounts.")
    String shard;

    @Option(names = "--embedded-regions", paramLabel = "N", defaultValue = "2",
            description = "With the embedded grid: regions in a row (default: ${DEFAULT-VALUE}).")
    int embeddedRegions;

    @Option(names = "--timeout-scale", paramLabel = "X", description = "Multiply every timeout (slow grids).")
    Double timeoutScale;

    @Override
    public Integer call() throws InterruptedException {
        LoadPlan plan;
        LoadTarget target;
        HarnessConfig config;
        Thresholds thresholds = FailIf.parseOrReport(failIf, new PrintWriter(System.err, true));
        if (thresholds == null) {
            return FailIf.USAGE;
        }
        try {
            if (agents == null) {
                throw new ConfigurationException("--agents N is required (or use 'gridprobe load merge')");
            }
            if (agents < 1) {
                throw new ConfigurationException("--agents must be at least 1, not " + agents);
            }
            // event-queue answers are small, and a load run keeps one poll open an agent: the JDK client's default
            // 16 KB read buffers were a fifth of an idle agent's heap (set before the client's class is loaded)
            if (System.getProperty("jdk.httpclient.bufsize") == null) {
                System.setProperty("jdk.httpclient.bufsize", "4096");
            }
            if (timeoutScale != null) {
                System.setProperty("gridprobe.timeoutScale", timeoutScale.toString());
            }
            config = GridOptions.config(grid, accounts, openSim);
            target = target(config);
        } catch (ConfigurationException | IllegalArgumentException e) {
            System.err.println("gridprobe load: configuration is wrong: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            System.err.println("gridprobe load: cannot start the grid: " + e.getMessage());
            return 2;
        }
        try (target) {
            try {
                plan = plan(target);
            } catch (ConfigurationException | IllegalArgumentException e) {
                System.err.println("gridprobe load: configuration is wrong: " + e.getMessage());
                return 2;
            }
            String problem = RunCommand.unreachable(target.loginUri(), config.scaled(Duration.ofSeconds(10)));
            if (problem != null) {
                System.err.println("gridprobe load: the grid could not be reached: " + problem);
                return 2;
            }
            System.out.println("gridprobe load: " + plan.agents() + " agents" + (shardOf().isWhole() ? "" : " (shard "
                    + shardOf() + " of " + agents + ")") + " on " + target.describe() + ", ramp " + plan.ramp()
                    + ", " + DurationText.format(plan.duration()) + ", " + plan.mix());
            return run(plan, target, config, thresholds);
        }
    }

    private int run(LoadPlan plan, LoadTarget target, HarnessConfig config, Thresholds thresholds)
            throws InterruptedException {
        LoadRecorder recorder = new LoadRecorder();
        try (GridClient client = GridClient.create(target.loginUri(), config, footprint(plan))) {
            LoadEngine engine = new LoadEngine(client, plan, recorder, Progress.auto(System.out));
            // Ctrl-C: the agents log out and the report is still written before the JVM goes
            CountDownLatch reported = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                engine.stop();
                awaitQuietly(reported, Duration.ofSeconds(30));
            }, "gridprobe-load-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                return finish(engine.run(), recorder, plan, target, thresholds);
            } finally {
                reported.countDown();
                removeHook(hook);
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch, Duration bound) {
        try {
            latch.await(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The summary on stdout, the report folder, and the exit code. */
    private int finish(LoadResult result, LoadRecorder recorder, LoadPlan plan, LoadTarget target,
                       Thresholds thresholds) {
        LoadReport summary = recorder.report(runInfo(plan, target));
        LoadSummaryText.lines(summary).forEach(System.out::println);
        if (report != null) {
            try {
                LoadReportFolder.write(summary, report);
                System.out.println("report: " + report.toAbsolutePath());
            } catch (LoadReportException e) {
                System.err.println("gridprobe load: " + e.getMessage());
                return 2;
            }
        }
        if (!thresholds.all().isEmpty()) {
            return FailIf.verdict(thresholds, summary, new PrintWriter(System.out, true));
        }
        boolean allIn = result.peakConnected() == plan.agents();
        return allIn && result.failures() == 0 ? 0 : 1;
    }

    /** Lean agents; with neighbours only when a behaviour crosses borders (a child circuit costs as much as the root). */
    static AgentFootprint footprint(LoadPlan plan) {
        boolean crosses = plan.mix().behaviours().stream().anyMatch(b -> b.name().equals("cross"));
        return AgentFootprint.LEAN.withNeighbours(crosses);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running, nothing to remove
        }
    }

    private LoadTarget target(HarnessConfig config) {
        if (config.usesEmbeddedGrid()) {
            return EmbeddedLoadGrid.start(agents, embeddedRegions);
        }
        if (config.openSimBuild().isPresent()) {
            return OpenSimLoadGrid.start(config.openSimBuild().get(), agents, config.timeoutScale());
        }
        URI uri = config.loginUri().orElseThrow(() -> new ConfigurationException("no grid: give --grid or an accounts "
                + "file with a loginUri"));
        if (config.pool().isEmpty()) {
            throw new ConfigurationException("the accounts file has no pool: section (pattern \"Load Bot{n}\", range, "
                    + "password) to take " + agents + " load accounts from");
        }
        return new GivenGrid(uri, config.pool().accounts(), config.regionHints());
    }

    private Shard shardOf() {
        return shard == null ? Shard.WHOLE : Shard.parse(shard, "--shard");
    }

    LoadPlan plan(LoadTarget target) {
        List<Credentials> pool = target.accounts();
        if (pool.size() < agents) {
            throw new ConfigurationException("--agents " + agents + " needs " + agents + " accounts, the pool has "
                    + pool.size());
        }
        Shard s = shardOf();
        List<Credentials> all = pool.subList(0, agents);
        List<Credentials> mine = s.slice(all);
        int firstIndex = (int) ((long) all.size() * (s.index() - 1) / s.count());
        List<String> where = regions != null && !regions.isEmpty() ? regions : target.regions();
        return new LoadPlan(mine, firstIndex, Ramp.parse(ramp), DurationText.parse(duration, "--duration"),
                BehaviourMix.parse(behaviours), where, where, Duration.ofSeconds(30));
    }

    private RunInfo runInfo(LoadPlan plan, LoadTarget target) {
        return new RunInfo(target.describe(), plan.agents(), ramp, plan.duration().toSeconds(),
                plan.mix().behaviours().stream().map(Behaviour::name).toList(), List.of(shardOf().toString()));
    }
}
