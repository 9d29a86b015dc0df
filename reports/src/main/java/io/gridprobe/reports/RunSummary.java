package io.gridprobe.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable verdict of a run, for dashboards: counts, each scenario's duration and outcome, and login
 * latency percentiles.
 */
public final class RunSummary {
    public enum Outcome { PASSED, FAILED, BROKEN, SKIPPED }

    public record Scenario(String name, List<String> tags, Outcome outcome, long durationMillis, String reason) {
    }

    private final String grid;
    private final List<Scenario> scenarios = new ArrayList<>();
    private final List<Long> loginMillis = new ArrayList<>();
    private final long startedEpochMillis;
    private long finishedEpochMillis;

    public RunSummary(String grid, long startedEpochMillis) {
        this.grid = grid;
        this.startedEpochMillis = startedEpochMillis;
    }

    public synchronized void add(Scenario s) {
        scenarios.add(s);
    }

    public synchronized void loginTook(long millis) {
        loginMillis.add(millis);
    }

    public synchronized void finished(long epochMillis) {
        finishedEpochMillis = epochMillis;
    }

    public synchronized long count(Outcome o) {
        return scenarios.stream().filter(s -> s.outcome() == o).count();
    }

    public synchronized List<Scenario> scenarios() {
        return List.copyOf(scenarios);
    }

    /** Nearest-rank percentile of the login latencies, or -1 without any. */
    public synchronized long loginPercentile(double p) {
        if (loginMillis.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(loginMillis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    public synchronized Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("grid", grid);
        m.put("startedEpochMillis", startedEpochMillis);
        m.put("durationMillis", Math.max(0, finishedEpochMillis - startedEpochMillis));
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            counts.put(o.name().toLowerCase(), count(o));
        }
        counts.put("total", (long) scenarios.size());
        m.put("counts", counts);
        Map<String, Object> login = new LinkedHashMap<>();
        login.put("count", loginMillis.size());
        login.put("p50Millis", loginPercentile(50));
        login.put("p95Millis", loginPercentile(95));
        m.put("login", login);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Scenario s : scenarios) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", s.name());
            e.put("tags", s.tags());
            e.put("outcome", s.outcome().name().toLowerCase());
            e.put("durationMillis", s.durationMillis());
            if (s.reason() != null) {
                e.put("reason", s.reason());
            }
            list.add(e);
        }
        m.put("scenarios", list);
        return m;
    }

    public void write(Path file) {
        AllureResultsMetadata.writeJson(file, toMap());
    }
}
