package io.gridprobe.bench;

import static io.gridprobe.bench.Measurements.usedHeapAfterGc;
import static io.gridprobe.bench.Measurements.mb;
import static io.gridprobe.bench.Measurements.pause;

import io.gridprobe.harness.core.AgentState;
import io.gridprobe.fixtures.grid.EmbeddedGrid;
import io.gridprobe.fixtures.grid.GridConfig;
import io.gridprobe.fixtures.grid.account.Account;
import io.gridprobe.fixtures.grid.service.objects.SceneryService;
import io.gridprobe.harness.GridClient;
import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.config.HarnessConfig;
import io.gridprobe.protocol.login.StartLocation;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Memory per agent in a busy region: the embedded grid's Alpha holds {@code objects} prims ({@code moving} of them
 * moving); {@code agents} agents log in there one after another and each waits until its object table holds every
 * prim; then they stay {@code holdSeconds} while the moving prims keep updating. Heap is read after full GCs, before
 * the logins, once all tables are full, and after the hold (what the updates and event histories add). Client and
 * grid share the JVM: the grid's part is measured apart, with the agents logged out.
 * <p>Usage: {@code BusyRegionMemoryBenchmark [agents=20] [objects=2000] [moving=100] [holdSeconds=30]}
 */
public final class BusyRegionMemoryBenchmark {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int objects = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int moving = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int hold = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            accounts.add(new Account("Busy", "Agent" + i, "busy-secret-" + i,
                    UUID.nameUUIDFromBytes(("busy" + i).getBytes()), 1000));
        }
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        try (EmbeddedGrid grid = EmbeddedGrid.start(GridConfig.builder().accounts(accounts)
                .service(new SceneryService(null, objects, moving)).build());
             GridClient client = GridClient.create(grid.loginUri(), HarnessConfig.load(Map.of(), Map.of()))) {
            long before = usedHeapAfterGc(mem);
            List<Agent> agents = new ArrayList<>();
            long t0 = System.nanoTime();
            for (Account a : accounts) {
                Agent agent = client.login(new Credentials(a.last().toLowerCase(), a.first(), a.last(), a.password()),
                        StartLocation.uri("Alpha", 128, 128, 25)).get(60, TimeUnit.SECONDS);
                agents.add(agent);
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (agent.objects().objects().all().size() < objects && System.nanoTime() < deadline) {
                    pause(50);
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long full = usedHeapAfterGc(mem);
            pause(hold * 1000L); // the hold: moving prims keep updating every table
            long held = usedHeapAfterGc(mem);
            long stillOnline = agents.stream().filter(a -> a.state() == AgentState.ONLINE).count();
            for (Agent a : agents) {
                a.logout().get(30, TimeUnit.SECONDS);
            }
            agents.clear(); // what is left is the grid (and the client's shared transports)
            long gridOnly = usedHeapAfterGc(mem);
            System.out.printf("%d agents, %d prims (%d moving): all tables full after %.1f s; %d online after %d s%n",
                    n, objects, moving, seconds, stillOnline, hold);
            System.out.printf("heap: before %.1f MB, tables full %.1f MB, after the hold %.1f MB, agents logged out %.1f MB%n",
                    mb(before), mb(full), mb(held), mb(gridOnly));
            System.out.printf("per agent (client side): %.0f KB with full tables, %.0f KB after the hold%n",
                    (full - gridOnly) / 1024.0 / n, (held - gridOnly) / 1024.0 / n);
        }
    }
}
