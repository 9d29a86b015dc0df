package io.gridprobe.cli;

import io.gridprobe.load.report.LoadReport;
import io.gridprobe.load.report.LoadReportException;
import io.gridprobe.load.report.LoadReportFolder;
import io.gridprobe.load.report.LoadReportJson;
import io.gridprobe.load.report.LoadReportMerger;
import io.gridprobe.load.report.LoadSummaryText;
import io.gridprobe.load.report.threshold.FailIf;
import io.gridprobe.load.report.threshold.Thresholds;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gridprobe load merge}: the report folders of load shards ({@code --shard i/n}, one per machine or pod)
 * combined into one, as if one process had run all the agents: histograms added, not averaged.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Combines the report folders of load shards into one report (histograms merged, the seconds "
                + "lined up by wall clock, failures summed), and checks --fail-if on the whole.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:merged, no --fail-if breached", "1:a --fail-if threshold breached",
                "2:a folder is not a load report, or a --fail-if expression does not parse"},
        footer = {"", "Examples:", "  gridprobe load merge shard-1 shard-2 shard-3 --report load-report",
                "  gridprobe load merge reports/shard-* --fail-if 'p95(login) > 2s' --fail-if 'failures > 0'"})
public final class LoadMergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Report folders of the shards (or their "
            + LoadReportJson.FILE_NAME + ").")
    List<Path> shards = new ArrayList<>();

    @Option(names = "--report", paramLabel = "DIR", defaultValue = "load-report",
            description = "Where to write the merged report (default: ${DEFAULT-VALUE}).")
    Path report;

    @Option(names = "--fail-if", paramLabel = "EXPR", description = "Exit 1 when this holds for the merged report, "
            + "e.g. 'p95(login) > 2s', 'failures > 0', 'min(time_dilation) < 0.8', 'connected < 60'. Repeatable.")
    List<String> failIf = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Thresholds thresholds = FailIf.parseOrReport(failIf, err);
        if (thresholds == null) {
            return FailIf.USAGE;
        }
        LoadReport merged;
        try {
            List<LoadReport> reports = new ArrayList<>();
            for (Path shard : shards) {
                reports.add(LoadReportJson.read(shard));
            }
            merged = LoadReportMerger.merge(reports);
            LoadReportFolder.write(merged, report);
        } catch (LoadReportException e) {
            err.println("gridprobe load merge: " + e.getMessage());
            err.flush();
            return FailIf.USAGE;
        }
        LoadSummaryText.lines(merged).forEach(out::println);
        out.println("merged " + shards.size() + " shard reports into " + report.toAbsolutePath());
        return FailIf.verdict(thresholds, merged, out);
    }
}
