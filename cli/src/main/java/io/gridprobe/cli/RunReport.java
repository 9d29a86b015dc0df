package io.gridprobe.cli;

import io.gridprobe.harness.config.HarnessConfig;
import io.gridprobe.reports.AllureCommandLine;
import io.gridprobe.reports.AllureResultsMetadata;
import io.gridprobe.reports.AllureRunAttachment;
import io.gridprobe.reports.ReportException;
import io.gridprobe.reports.RunSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** What {@code gridprobe run} writes once the scenarios have run: the report folder and the summary on the console. */
final class RunReport {
    private final Path report;
    private final Path history;
    private final boolean singleFile;
    private final boolean noHtml;
    private final PrintStream out;
    private final PrintStream err;

    RunReport(Path report, Path history, boolean singleFile, boolean noHtml, PrintStream out, PrintStream err) {
        this.report = report;
        this.history = history;
        this.singleFile = singleFile;
        this.noHtml = noHtml;
        this.out = out;
        this.err = err;
    }

    /** The run's environment, categories and executor for Allure, summary.json, and the HTML report unless --no-html. */
    void write(HarnessConfig config, RunSummary summary, Path results) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("grid.uri", config.loginUri().map(URI::toString)
                .orElse(config.openSimBuild().map(d -> "OpenSimulator started from " + d).orElse("embedded")));
        env.put("grid.source", config.source());
        env.put("grid.version", config.loginUri().map(GridInfo::describe).orElse(config.openSimBuild().isPresent()
                ? "OpenSimulator build " + config.openSimBuild().get() : "gridprobe embedded grid " + VersionProvider.version()));
        if (config.openSimBuild().isPresent()) {
            env.put("grid.log", report.resolve("opensim.log").toAbsolutePath().toString());
        }
        if (!config.regionHints().isEmpty()) {
            env.put("grid.regions", String.join(",", config.regionHints()));
        }
        env.put("accounts", String.join(",", config.accounts().keySet()));
        if (!config.pool().isEmpty()) {
            env.put("accounts.pool", config.pool().toString());
        }
        if (!config.shard().isWhole()) {
            env.put("shard", config.shard().toString());
        }
        env.put("gridprobe.version", VersionProvider.version());
        env.put("timeoutScale", String.valueOf(config.timeoutScale()));
        try {
            Path openSimLog = report.resolve("opensim.log");
            if (config.openSimBuild().isPresent() && Files.isRegularFile(openSimLog)) {
                // the whole log, with every scenario; a failed one also has the part written while it ran
                AllureRunAttachment.attach(results, "simulator log (whole run)", "text/plain", openSimLog);
            }
            AllureResultsMetadata.writeEnvironment(results, env);
            AllureResultsMetadata.writeCategories(results);
            AllureResultsMetadata.writeExecutor(results, System.getenv());
            summary.write(report.resolve("summary.json"));
            if (!noHtml) {
                AllureCommandLine allure = AllureCommandLine.locate(report.resolve(".allure"));
                allure.generate(results, report.resolve("html"), false, history == null ? null : ReportCommand.resolveHtml(history), Duration.ofMinutes(3));
                if (singleFile) {
                    allure.generate(results, report.resolve("single-file"), true, history == null ? null : ReportCommand.resolveHtml(history), Duration.ofMinutes(3));
                }
            }
        } catch (ReportException e) {
            err.println("gridprobe: warning: " + e.getMessage());
        }
    }

    /** The counts, login times and where the report is, ending with the line CI systems read. */
    void printSummary(RunSummary s) {
        out.println();
        out.printf("%-10s %5d%n", "passed", s.count(RunSummary.Outcome.PASSED));
        out.printf("%-10s %5d%n", "failed", s.count(RunSummary.Outcome.FAILED));
        out.printf("%-10s %5d%n", "errors", s.count(RunSummary.Outcome.BROKEN));
        out.printf("%-10s %5d%n", "skipped", s.count(RunSummary.Outcome.SKIPPED));
        if (s.loginPercentile(50) >= 0) {
            out.printf("%-10s p50 %d ms, p95 %d ms%n", "logins", s.loginPercentile(50), s.loginPercentile(95));
        }
        out.println("report: " + report.resolve(noHtml ? "allure-results" : "html/index.html") + ", JUnit XML: "
                + report.resolve("junit") + ", summary: " + report.resolve("summary.json"));
        // The closing line CI systems read.
        out.println(s.count(RunSummary.Outcome.PASSED) + " passed, "
                + (s.count(RunSummary.Outcome.FAILED) + s.count(RunSummary.Outcome.BROKEN)) + " failed, "
                + s.count(RunSummary.Outcome.SKIPPED) + " skipped");
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
