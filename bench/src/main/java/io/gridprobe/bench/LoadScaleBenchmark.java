package io.gridprobe.bench;

import static io.gridprobe.bench.Measurements.usedHeapAfterGc;
import static io.gridprobe.bench.Measurements.mb;
import static io.gridprobe.bench.Measurements.pause;

import io.gridprobe.harness.core.AgentFootprint;
import io.gridprobe.harness.GridClient;
import io.gridprobe.harness.config.AccountPool;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.config.HarnessConfig;
import io.gridprobe.load.behaviour.BehaviourMix;
import io.gridprobe.load.engine.LoadEngine;
import io.gridprobe.load.engine.LoadPlan;
import io.gridprobe.load.engine.LoadResult;
import io.gridprobe.load.engine.Progress;
import io.gridprobe.load.ramp.Ramp;
import io.gridprobe.load.report.LoadRecorder;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A crowd of idle load agents held by one load JVM against a grid in another process ({@code gridprobe grid
 * --regions R --load-accounts N}), so that the heap measured is the client's alone: the load engine logs
 * {@code agents} accounts "Load Bot0".. in at {@code ramp} (spread over the regions), holds them {@code holdSeconds}
 * once all are in, then logs them out. Heap is read after full GCs with the client created and nobody logged in,
 * at the end of the hold, and after the logouts; per agent = (hold - before) / agents, the figure bench/README
 * records (the engine keeps its logged-out agents, so "after logouts" stays high). CPU is the load process's over
 * the hold.
 * <p>Usage: {@code LoadScaleBenchmark LOGIN_URI [agents=2000] [ramp=50/s] [holdSeconds=60] [regions=Alpha,Beta]}
 * (passwords: the embedded grid's load accounts')
 */
public final class LoadScaleBenchmark {
    public static void main(String[] args) throws Exception {
        URI login = URI.create(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        String ramp = args.length > 2 ? args[2] : "50/s";
        int hold = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        List<String> regions = args.length > 4 ? Arrays.asList(args[4].split(",")) : List.of("Alpha", "Beta");
        // event-queue responses are small; the JDK client's default 16 KB read buffers were a third of an agent
        System.setProperty("jdk.httpclient.bufsize", System.getProperty("jdk.httpclient.bufsize", "4096"));
        List<Credentials> accounts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            accounts.add(Credentials.of(AccountPool.ROLE, "Load Bot" + i, "loadpass"));
        }
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        HarnessConfig config = HarnessConfig.load(Map.of(), Map.of());
        try (GridClient client = GridClient.create(login, config, AgentFootprint.LEAN)) {
            long before = usedHeapAfterGc(mem);
            // the run lasts long enough for the ramp and the hold; the hold is measured from when all are in
            Duration duration = Duration.ofSeconds(n / 5 + hold + 120L);
            LoadPlan plan = new LoadPlan(accounts, 0, Ramp.parse(ramp), duration, BehaviourMix.parse(List.of("idle")),
                    regions, regions, Duration.ofSeconds(60));
            LoadEngine engine = new LoadEngine(client, plan, new LoadRecorder(), Progress.auto(System.out));
            CompletableFuture<LoadResult> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return engine.run();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            long t0 = System.nanoTime();
            while (engine.connected() < n && !run.isDone()
                    && System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(n / 5 + 100L)) {
                pause(200);
            }
            double rampSeconds = (System.nanoTime() - t0) / 1e9;
            int in = engine.connected();
            long cpu0 = os.getProcessCpuTime();
            long wall0 = System.nanoTime();
            pause(hold * 1000L);
            double cpu = 100.0 * (os.getProcessCpuTime() - cpu0) / (System.nanoTime() - wall0);
            int held = engine.connected();
            long full = usedHeapAfterGc(mem);
            engine.stop();
            LoadResult result = run.get(5, TimeUnit.MINUTES);
            long after = usedHeapAfterGc(mem);
            System.out.printf("%d agents: %d in after %.1f s (ramp %s), %d still in after a %d s hold; failures %d %s%n",
                    n, in, rampSeconds, ramp, held, hold, result.failures(), result.failuresByReason());
            System.out.printf("heap: before %.1f MB, held %.1f MB, after logouts %.1f MB; CPU during the hold %.0f%% "
                    + "of one core%n", mb(before), mb(full), mb(after), cpu);
            System.out.printf("per idle agent: %.1f KB (held - before; what an agent costs while it is in world)%n",
                    (full - before) / 1024.0 / n);
        }
    }
}
