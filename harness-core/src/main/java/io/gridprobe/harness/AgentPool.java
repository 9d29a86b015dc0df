package io.gridprobe.harness;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.core.AgentLogin;
import io.gridprobe.protocol.login.StartLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logs in many agents at once with bounded concurrency (a grid's login server is a bottleneck, and so is a 2-core
 * test machine), tracks them, logs them all out, and says who failed and why.
 */
public final class AgentPool implements AutoCloseable {
    private final GridClient grid;
    private final int maxConcurrent;
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private int running;
    private final Map<String, Agent> online = new ConcurrentHashMap<>();
    private final Map<String, Throwable> failed = new ConcurrentHashMap<>();

    public AgentPool(GridClient grid, int maxConcurrentLogins) {
        this.grid = grid;
        this.maxConcurrent = Math.max(1, maxConcurrentLogins);
    }

    /** Logs in one agent when a slot is free; failures are recorded under the role and also fail the future. */
    public CompletableFuture<Agent> login(Credentials who, StartLocation where) {
        CompletableFuture<Agent> result = new CompletableFuture<>();
        Runnable start = () -> grid.login(who, where).whenComplete((agent, error) -> {
            if (error != null) {
                failed.put(who.role(), AgentLogin.propagate(error));
                result.completeExceptionally(AgentLogin.propagate(error));
            } else {
                online.put(who.role(), agent);
                result.complete(agent);
            }
            next();
        });
        boolean now;
        synchronized (this) {
            now = running < maxConcurrent;
            if (now) {
                running++;
            } else {
                waiting.addLast(start);
            }
        }
        if (now) {
            start.run();
        }
        return result;
    }

    /** A login finished: start the next waiting one, without holding a thread while waiting. */
    private void next() {
        Runnable r;
        synchronized (this) {
            r = waiting.pollFirst();
            if (r == null) {
                running--;
            }
        }
        if (r != null) {
            r.run();
        }
    }

    /** Logs in all of them; completes when every login has succeeded or failed (see {@link #failures()}). */
    public CompletableFuture<List<Agent>> loginAll(Collection<Credentials> who, StartLocation where) {
        List<CompletableFuture<Agent>> all = new ArrayList<>();
        for (Credentials c : who) {
            all.add(login(c, where).exceptionally(e -> null));
        }
        return CompletableFuture.allOf(all.toArray(new CompletableFuture[0]))
                .thenApply(v -> all.stream().map(CompletableFuture::join).filter(a -> a != null).toList());
    }

    public Map<String, Agent> online() {
        return Map.copyOf(online);
    }

    /** Role → why its login failed. */
    public Map<String, Throwable> failures() {
        return new LinkedHashMap<>(failed);
    }

    /** One line a failed login, for reports. */
    public String failureReport() {
        StringBuilder sb = new StringBuilder();
        failed.forEach((role, e) -> sb.append(role).append(": ").append(e.getMessage()).append('\n'));
        return sb.toString();
    }

    public CompletableFuture<Void> logoutAll() {
        List<CompletableFuture<Void>> outs = online.values().stream().map(Agent::logout).toList();
        return CompletableFuture.allOf(outs.toArray(new CompletableFuture[0])).whenComplete((v, e) -> online.clear());
    }

    @Override
    public void close() {
        logoutAll().exceptionally(e -> null).join();
    }
}
