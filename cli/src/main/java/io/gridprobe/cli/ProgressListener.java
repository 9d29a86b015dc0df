package io.gridprobe.cli;

import io.gridprobe.reports.RunSummary;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Shows a run as it goes: one line per finished scenario, and on a terminal a progress bar that redraws in place
 * (CI logs get plain lines only). Also feeds the run summary.
 */
final class ProgressListener implements TestExecutionListener {
    private final PrintStream out;
    private final boolean tty;
    private final RunSummary summary;
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;

    ProgressListener(PrintStream out, boolean tty, RunSummary summary) {
        this.out = out;
        this.tty = tty;
        this.summary = summary;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        total = (int) plan.countTestIdentifiers(TestIdentifier::isTest);
        out.println("running " + total + " scenario" + (total == 1 ? "" : "s"));
        bar();
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (id.isTest()) {
            started.put(id.getUniqueId(), System.currentTimeMillis());
        }
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest()) {
            finish(id, RunSummary.Outcome.SKIPPED, 0, reason);
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!id.isTest()) {
            if (result.getStatus() == TestExecutionResult.Status.FAILED && id.isContainer()) {
                // A class that could not even start (configuration, grid down): say so once.
                clearBar();
                out.println("ERROR  " + id.getDisplayName() + ": " + result.getThrowable().map(FailureText::of).orElse(""));
                bar();
            }
            return;
        }
        long ms = System.currentTimeMillis() - started.getOrDefault(id.getUniqueId(), System.currentTimeMillis());
        RunSummary.Outcome outcome = switch (result.getStatus()) {
            case SUCCESSFUL -> RunSummary.Outcome.PASSED;
            case ABORTED -> RunSummary.Outcome.SKIPPED;
            case FAILED -> result.getThrowable().filter(t -> t instanceof AssertionError).isPresent()
                    ? RunSummary.Outcome.FAILED : RunSummary.Outcome.BROKEN;
        };
        finish(id, outcome, ms, result.getThrowable().map(FailureText::of).orElse(null));
    }

    private void finish(TestIdentifier id, RunSummary.Outcome outcome, long ms, String reason) {
        List<String> tags = id.getTags().stream().map(TestTag::getName).sorted().toList();
        summary.add(new RunSummary.Scenario(scenarioName(id), tags, outcome, ms, reason));
        done.incrementAndGet();
        clearBar();
        String label = switch (outcome) {
            case PASSED -> "PASS ";
            case FAILED -> "FAIL ";
            case BROKEN -> "ERROR";
            case SKIPPED -> "SKIP ";
        };
        out.printf("%s  %-60s %6d ms  %s%s%n", label, scenarioName(id), ms, String.join(",", tags),
                reason == null || outcome == RunSummary.Outcome.PASSED ? "" : "\n       " + reason);
        bar();
    }

    private static String scenarioName(TestIdentifier id) {
        String uid = id.getUniqueId();
        int c = uid.indexOf("[class:");
        String cls = c < 0 ? "" : uid.substring(c + 7, uid.indexOf(']', c));
        cls = cls.substring(cls.lastIndexOf('.') + 1);
        return (cls.isEmpty() ? "" : cls + ".") + id.getDisplayName().replaceAll("\\(.*\\)$", "");
    }

    private void bar() {
        if (!tty || total == 0) {
            return;
        }
        int width = 30;
        int d = done.get();
        int filled = total == 0 ? width : d * width / total;
        out.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + d + "/" + total);
        out.flush();
    }

    private void clearBar() {
        if (tty) {
            out.print("\r\033[2K");
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        clearBar();
    }
}
