package io.gridprobe.bench;

import io.gridprobe.fixtures.grid.EmbeddedGrid;
import io.gridprobe.fixtures.grid.GridConfig;
import io.gridprobe.fixtures.grid.account.Account;
import io.gridprobe.fixtures.grid.account.SeededAccounts;
import io.gridprobe.harness.GridClient;
import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.core.LoginTimings;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.config.HarnessConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Login-to-ready latency against the embedded grid on loopback: N sequential logins of one account (each logged
 * out before the next), with the breakdown the harness records (login HTTP, circuit up, handshake, movement
 * complete, caps, event queue first poll, total). The first login (cold JVM) is reported apart.
 * <p>Usage: {@code LoginLatencyBenchmark [N=50]}
 */
public final class LoginLatencyBenchmark {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Account a = SeededAccounts.ALICE;
        Credentials alice = new Credentials("alice", a.first(), a.last(), a.password());
        List<LoginTimings> timings = new ArrayList<>();
        try (EmbeddedGrid grid = EmbeddedGrid.start(GridConfig.defaults());
             GridClient client = GridClient.create(grid.loginUri(), HarnessConfig.load(Map.of(), Map.of()))) {
            for (int i = 0; i <= n; i++) {
                Agent agent = client.login(alice).get();
                timings.add(agent.timings());
                agent.logout().get();
            }
        }
        LoginTimings first = timings.remove(0);
        System.out.println("first (cold JVM): " + first);
        System.out.printf("%-26s %8s %8s %8s%n", "stage (ms, " + timings.size() + " logins)", "p50", "p95", "max");
        row("login HTTP", timings, t -> t.loginHttp());
        row("circuit up", timings, t -> t.join().circuitUp());
        row("handshake", timings, t -> t.join().handshake());
        row("movement complete", timings, t -> t.join().movementComplete());
        row("caps", timings, t -> t.join().caps());
        row("event queue first poll", timings, t -> t.join().eventQueueFirstPoll());
        row("login-to-ready (total)", timings, LoginTimings::total);
    }

    private static void row(String name, List<LoginTimings> all, Function<LoginTimings, Duration> f) {
        List<Double> ms = new ArrayList<>();
        for (LoginTimings t : all) {
            Duration d = f.apply(t);
            if (d != null) {
                ms.add(d.toNanos() / 1e6);
            }
        }
        Collections.sort(ms);
        System.out.printf("%-26s %8.1f %8.1f %8.1f%n", name, pct(ms, 50), pct(ms, 95), ms.get(ms.size() - 1));
    }

    private static double pct(List<Double> sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
