package io.gridprobe.harness.junit;

import io.gridprobe.harness.accounts.LeaseTimeoutException;
import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.config.ConfigurationException;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.config.HarnessConfig;
import io.gridprobe.harness.core.AgentRegion;
import io.gridprobe.harness.core.AgentState;
import io.gridprobe.harness.steps.Steps;
import io.gridprobe.protocol.login.StartLocation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Resolves {@link Login} agents and the {@link GridTarget}, ties them to the ExtensionContext store so they close
 * themselves (agents log out after their test or class, the grid after the run), and hands the agents' packet
 * traces and event logs to the {@link EvidenceSink}s when a test fails, with the part of the started grid's own log
 * (an OpenSimulator's console) written during the test.
 */
public final class GridExtension implements ParameterResolver, BeforeTestExecutionCallback, AfterTestExecutionCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(GridExtension.class);
    private static final String TARGET = "grid-target";
    private static final String AGENTS = "agents";
    private static final String LOG_MARK = "grid-log-mark";
    private static final String LEASE = "class-lease";
    private static final String POOL_ANNOUNCED = "pool-announced";

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        Class<?> type = p.getParameter().getType();
        return (type == Agent.class && p.isAnnotated(Login.class)) || type == GridTarget.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        try {
            GridTarget target = classTarget(c);
            if (p.getParameter().getType() == GridTarget.class) {
                return target;
            }
            Login login = p.findAnnotation(Login.class).orElseThrow();
            return agent(target, login, c);
        } catch (ConfigurationException e) {
            throw new ParameterResolutionException("gridprobe configuration: " + e.getMessage(), e);
        } catch (GridLaunchException | LeaseTimeoutException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
    }

    /**
     * The run's grid as the test's class sees it: with the accounts leased to the class (all the roles the class
     * declares, leased when its first parameter is resolved, given back when the class ends).
     */
    static GridTarget classTarget(ExtensionContext c) {
        GridTarget shared = target(c);
        // the outermost class: @Nested classes share their enclosing class's lease (a lease of their own could wait
        // for accounts the enclosing class holds while it runs them)
        ExtensionContext cls = c;
        while (cls.getParent().isPresent() && cls.getParent().get().getTestClass().isPresent()) {
            cls = cls.getParent().get();
        }
        ExtensionContext classContext = cls;
        return classContext.getStore(NS)
                .getOrComputeIfAbsent(LEASE, k -> ClassLease.open(shared, classContext), ClassLease.class).get();
    }

    /**
     * The grid of the run, made once and closed when the run ends (root store). A grid that cannot be started is
     * tried once: every test of the run then fails with that first error, rather than starting it again.
     */
    static GridTarget target(ExtensionContext c) {
        ExtensionContext.Store root = c.getRoot().getStore(NS);
        GridTarget t = root.getOrComputeIfAbsent(TARGET, k -> SharedTarget.open(), SharedTarget.class).get();
        // once per run, for the command line to say how many classes the pool lets run at once
        root.getOrComputeIfAbsent(POOL_ANNOUNCED, k -> {
            c.getRoot().publishReportEntry(POOL_ENTRY, String.valueOf(t.leases().pool().size()));
            return Boolean.TRUE;
        }, Boolean.class);
        return t;
    }

    /** Report entry of the run (root) with the number of pool accounts this process leases from. */
    public static final String POOL_ENTRY = "gridprobe.pool.size";

    /** Closes the target (and the grid it started, if any) when the root context closes at the end of the run. */
    private record SharedTarget(GridTarget target, RuntimeException failure)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        static SharedTarget open() {
            try {
                return new SharedTarget(GridTarget.open(HarnessConfig.fromEnvironment()), null);
            } catch (ConfigurationException | GridLaunchException e) {
                return new SharedTarget(null, e);
            }
        }

        GridTarget get() {
            if (failure != null) {
                throw failure;
            }
            return target;
        }

        @Override
        public void close() {
            if (target != null) {
                target.close();
            }
        }
    }

    /** The agents of one scope (a test method or a class), logged out when the scope's store closes. */
    private static final class ScopeAgents implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        final Map<String, Agent> byRole = new ConcurrentHashMap<>();

        @Override
        public void close() {
            // Log out together: each logout may wait a few seconds for a LogoutReply that a real grid can skip.
            List<java.util.concurrent.CompletableFuture<Void>> outs = byRole.values().stream().map(Agent::logout).toList();
            java.util.concurrent.CompletableFuture.allOf(outs.toArray(new java.util.concurrent.CompletableFuture[0]))
                    .exceptionally(e -> null).join();
        }
    }

    private Agent agent(GridTarget target, Login login, ExtensionContext c) {
        ExtensionContext scope = scope(c);
        ScopeAgents agents = scope.getStore(NS).getOrComputeIfAbsent(AGENTS, k -> new ScopeAgents(), ScopeAgents.class);
        Agent existing = agents.byRole.get(login.value());
        if (existing != null && existing.state() == AgentState.ONLINE) {
            return existing;
        }
        Credentials who = target.credentials(login.value());
        StartLocation where = startLocation(target, login);
        Duration timeout = target.config().scaled(Duration.ofSeconds(60));
        Steps.parameter("grid", target.description());
        Steps.parameter(login.value(), who.fullName());
        try {
            Agent a = target.client().login(who, where).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Optional<String> asked = askedRegion(target, login);
            if (asked.isPresent() && !a.region().name().equalsIgnoreCase(asked.get())) {
                // a grid's fallback (OpenSimulator's when the region refuses the arrival): the scenario's premise,
                // where the agent stands, is wrong, so it must not run as if it held
                String put = a.region().name();
                a.close();
                String why = "the grid logged " + login.value() + " (" + who.fullName() + ") in to " + put
                        + ", not to " + asked.get() + " as asked";
                Steps.failed("log in " + login.value() + " (" + who.fullName() + ")", new IllegalStateException(why));
                throw new ParameterResolutionException(why);
            }
            agents.byRole.put(login.value(), a);
            Steps.passed("log in " + login.value() + " (" + who.fullName() + ") to " + a.region().name() + ": "
                    + a.timings());
            HarnessMetrics.loginTook(a.timings().total() == null ? -1 : a.timings().total().toMillis());
            c.publishReportEntry("login." + login.value(), a.timings().toString());
            return a;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            Steps.failed("log in " + login.value() + " (" + who.fullName() + ")", cause);
            throw new ParameterResolutionException("login of '" + login.value() + "' (" + who.fullName() + ") to "
                    + target.loginUri() + " failed: " + cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new ParameterResolutionException("login of '" + login.value() + "' to " + target.loginUri()
                    + " did not finish within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParameterResolutionException("interrupted while logging in '" + login.value() + "'");
        }
    }

    private static StartLocation startLocation(GridTarget target, Login login) {
        return askedRegion(target, login).map(r -> target.spot(r, login.x(), login.y(), login.z()))
                .orElse(StartLocation.last());
    }

    /** The region the login asks for: the {@code @Login}'s, else the grid's first known one; none: the last location. */
    private static Optional<String> askedRegion(GridTarget target, Login login) {
        return login.region().isEmpty() ? target.firstRegion() : Optional.of(login.region());
    }

    /** Per-class lifetime keeps agents in the class's store, otherwise in the method's. */
    private static ExtensionContext scope(ExtensionContext c) {
        boolean perClass = c.getTestClass()
                .flatMap(k -> AnnotationSupport.findAnnotation(k, GridTest.class))
                .map(g -> g.agents() == GridTest.Lifetime.PER_CLASS).orElse(false);
        if (perClass) {
            ExtensionContext x = c;
            while (x.getParent().isPresent() && x.getTestMethod().isPresent()) {
                x = x.getParent().get();
            }
            return x;
        }
        return c;
    }

    /** Remembers where the started grid's log is, so that a failure gets the part written during the test. */
    @Override
    public void beforeTestExecution(ExtensionContext c) {
        SharedTarget shared = c.getRoot().getStore(NS).get(TARGET, SharedTarget.class);
        // not started yet: the grid starts for this test, and its whole log so far is this test's
        long mark = shared == null || shared.target() == null ? 0 : shared.target().gridLogMark();
        c.getStore(NS).put(LOG_MARK, mark);
    }

    @Override
    public void afterTestExecution(ExtensionContext c) {
        if (c.getExecutionException().isEmpty()) {
            return;
        }
        List<EvidenceSink> sinks = new ArrayList<>();
        ServiceLoader.load(EvidenceSink.class).forEach(sinks::add);
        if (sinks.isEmpty()) {
            sinks.add(new FileEvidenceSink(Path.of("target", "gridprobe-evidence")));
        }
        String testId = c.getUniqueId();
        attachGridLog(c, testId, sinks);
        for (ExtensionContext scope : new java.util.LinkedHashSet<>(List.of(c, scope(c)))) {
            ScopeAgents agents = scope.getStore(NS).get(AGENTS, ScopeAgents.class);
            if (agents == null) {
                continue;
            }
            for (Map.Entry<String, Agent> e : agents.byRole.entrySet()) {
                Agent a = e.getValue();
                for (EvidenceSink s : sinks) {
                    s.attach(testId, e.getKey() + " packet trace", "text/plain", ".txt", a.trace().toText());
                    s.attach(testId, e.getKey() + " packet trace (JSON lines)", "application/x-ndjson", ".jsonl",
                            a.trace().toJsonLines());
                    s.attach(testId, e.getKey() + " event log", "text/plain", ".log", a.events().log());
                    s.attach(testId, e.getKey() + " regions and timings", "text/plain", ".txt", describe(a));
                }
            }
        }
    }

    private static void attachGridLog(ExtensionContext c, String testId, List<EvidenceSink> sinks) {
        SharedTarget shared = c.getRoot().getStore(NS).get(TARGET, SharedTarget.class);
        Long mark = c.getStore(NS).get(LOG_MARK, Long.class);
        if (shared == null || shared.target() == null || mark == null || shared.target().gridLogMark() < 0) {
            return;
        }
        String log = shared.target().gridLogSince(mark);
        if (!log.isEmpty()) {
            for (EvidenceSink s : sinks) {
                s.attach(testId, "simulator log during the test", "text/plain", ".log", log);
            }
        }
    }

    private static String describe(Agent a) {
        StringBuilder sb = new StringBuilder(a.toString()).append('\n');
        try {
            sb.append("timings: ").append(a.timings()).append('\n');
        } catch (RuntimeException e) {
            sb.append("timings: unavailable (").append(e.getMessage()).append(")\n");
        }
        for (AgentRegion r : a.allRegions()) {
            sb.append("region: ").append(r).append('\n');
        }
        return sb.toString();
    }
}
