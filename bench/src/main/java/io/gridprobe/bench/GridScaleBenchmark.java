package io.gridprobe.bench;

import static io.gridprobe.bench.Measurements.usedHeapAfterGc;

import io.gridprobe.harness.core.AgentState;
import io.gridprobe.fixtures.grid.EmbeddedGrid;
import io.gridprobe.fixtures.grid.GridConfig;
import io.gridprobe.fixtures.grid.account.Account;
import io.gridprobe.harness.GridClient;
import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.AgentPool;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.config.HarnessConfig;
import io.gridprobe.protocol.login.StartLocation;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * How many concurrently connected agents the embedded grid holds on this machine: N accounts, logged in through
 * the harness with bounded concurrency, kept connected (pings, acks, event-queue long polls, child agents in the
 * neighbour) for a while, then checked (still online on both sides) and logged out. Client and grid share the JVM,
 * so the figures are for both.
 * Agents are spread over R regions in a row (round robin), as a load test would place them: every avatar is shown
 * to every agent of its region and its neighbours, so a thousand avatars on one spot is a storm of N² updates that
 * no real simulator holds either.
 * <p>Usage: {@code GridScaleBenchmark [N=1000] [holdSeconds=30] [concurrentLogins=16] [regions=8]}
 */
public final class GridScaleBenchmark {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int holdSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        int regionCount = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            accounts.add(new Account("Load", "Agent" + i, "load-secret-" + i, UUID.nameUUIDFromBytes(("load" + i).getBytes()), 1000));
        }
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (EmbeddedGrid grid = EmbeddedGrid.start(GridConfig.builder().accounts(accounts).regionsInRow(regionCount).build());
             GridClient client = GridClient.create(grid.loginUri(), HarnessConfig.load(Map.of(), Map.of()));
             AgentPool pool = new AgentPool(client, concurrency)) {
            long heapBefore = usedHeapAfterGc(mem);
            List<Credentials> who = accounts.stream()
                    .map(a -> new Credentials(a.last().toLowerCase(), a.first(), a.last(), a.password())).toList();
            long t0 = System.nanoTime();
            List<String> regionNames = grid.regions().stream().map(r -> r.name()).toList();
            List<CompletableFuture<Agent>> logins = new ArrayList<>();
            for (int i = 0; i < who.size(); i++) {
                logins.add(pool.login(who.get(i), StartLocation.uri(regionNames.get(i % regionNames.size()), 128, 128, 25))
                        .exceptionally(e -> null));
            }
            CompletableFuture.allOf(logins.toArray(new CompletableFuture[0])).get(30, TimeUnit.MINUTES);
            List<Agent> online = logins.stream().map(CompletableFuture::join).filter(a -> a != null).toList();
            double loginSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("logged in %d of %d into %d regions in %.1f s (%.0f logins/s, %d at a time); failures: %d%n",
                    online.size(), n, regionNames.size(), loginSeconds, online.size() / loginSeconds, concurrency,
                    pool.failures().size());
            if (!pool.failures().isEmpty()) {
                System.out.println(pool.failureReport().lines().limit(5).reduce("", (a, b) -> a + "  " + b + "\n"));
            }
            long cpu0 = os.getProcessCpuTime();
            long w0 = System.nanoTime();
            CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(holdSeconds, TimeUnit.SECONDS)).join();
            double cpu = (os.getProcessCpuTime() - cpu0) / (double) (System.nanoTime() - w0);
            long still = online.stream().filter(a -> a.state() == AgentState.ONLINE).count();
            long onGrid = accounts.stream().filter(a -> grid.isLoggedIn(a.agentId())).count();
            long children = online.stream().mapToLong(a -> a.childRegions().size()).sum();
            long heap = usedHeapAfterGc(mem);
            // Where client and grid disagree, show why (the end of one such agent's trace).
            online.stream().filter(a -> a.state() == AgentState.ONLINE && !grid.isLoggedIn(a.id())).limit(2)
                    .forEach(a -> {
                        String[] lines = a.trace().toText().split("\n");
                        System.out.println("client online, grid says logged out: " + a.role() + "\n  "
                                + String.join("\n  ", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 12), lines.length)));
                    });
            System.out.printf("after %d s connected: %d agents online (client view), %d logged in (grid view), %d child"
                    + " circuits; process CPU %.0f%% of one core; heap %.0f MB (%.1f KB per agent, client and grid)%n",
                    holdSeconds, still, onGrid, children, cpu * 100, heap / 1e6, (heap - heapBefore) / 1024.0 / Math.max(1, still));
            long t1 = System.nanoTime();
            pool.logoutAll().get(10, TimeUnit.MINUTES);
            System.out.printf("logged out all in %.1f s; still logged in on the grid: %d%n", (System.nanoTime() - t1) / 1e9,
                    accounts.stream().filter(a -> grid.isLoggedIn(a.agentId())).count());
        }
    }
}
