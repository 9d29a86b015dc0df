package io.gridprobe.cli;

import io.gridprobe.reports.AllureCommandLine;
import io.gridprobe.reports.ReportException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gridprobe report}: renders (again) the HTML report of a run folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Renders the HTML report from a run folder's allure-results (e.g. after adding history).",
        footer = {"", "Examples:", "  gridprobe report gridprobe-report",
                "  gridprobe report gridprobe-report --history last-report --single-file"})
public final class ReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "A folder written by 'gridprobe run' (or an allure-results folder).")
    Path dir;

    @Option(names = "--history", paramLabel = "DIR", description = "A previous report folder, to show trends.")
    Path history;

    @Option(names = "--single-file", description = "Write one self-contained HTML file too.")
    boolean singleFile;

    @Override
    public Integer call() {
        Path results = Files.isDirectory(dir.resolve("allure-results")) ? dir.resolve("allure-results") : dir;
        if (!Files.isDirectory(results)) {
            System.err.println("gridprobe report: " + dir + " has no allure-results");
            return 2;
        }
        Path root = results.equals(dir) ? dir.toAbsolutePath().getParent() : dir;
        try {
            AllureCommandLine allure = AllureCommandLine.locate(root.resolve(".allure"));
            Path historySource = history != null ? resolveHtml(history) : null;
            allure.generate(results, root.resolve("html"), false, historySource, Duration.ofMinutes(3));
            System.out.println("report: " + root.resolve("html/index.html"));
            if (singleFile) {
                allure.generate(results, root.resolve("single-file"), true, historySource, Duration.ofMinutes(3));
                System.out.println("single file: " + root.resolve("single-file/index.html"));
            }
            return 0;
        } catch (ReportException e) {
            System.err.println("gridprobe report: " + e.getMessage());
            return 1;
        }
    }

    /** A previous run folder or its html/ folder: history lives in html/history. */
    static Path resolveHtml(Path p) {
        return Files.isDirectory(p.resolve("html/history")) ? p.resolve("html") : p;
    }
}
