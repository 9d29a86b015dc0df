package io.gridprobe.cli;

import io.gridprobe.reports.ParityTable;
import io.gridprobe.reports.ReportException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gridprobe compare}: several runs' verdicts side by side, as a Markdown table. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Puts several runs' verdicts side by side: one row a scenario, one column a run, as Markdown.",
                "Each run is LABEL=PATH, PATH being a run folder or its summary.json."},
        footer = {"", "Examples:",
                "  gridprobe compare embedded=report-embedded \"OpenSim 0.9.2.2=report-opensim\"",
                "  gridprobe compare --title \"Parity\" --out docs/opensim-parity.md a=r1 b=r2/summary.json"})
public final class CompareCommand implements Callable<Integer> {
    @Parameters(paramLabel = "LABEL=PATH", arity = "1..*", description = "A run: its column label and folder.")
    List<String> runs;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the table here instead of printing it.")
    Path out;

    @Option(names = "--title", paramLabel = "TEXT", description = "A heading above the table.")
    String title;

    @Option(names = "--note", paramLabel = "TEXT", description = "A paragraph under the heading (repeatable).")
    List<String> notes = new ArrayList<>();

    @Override
    public Integer call() {
        List<ParityTable.Run> read = new ArrayList<>();
        for (String r : runs) {
            int eq = r.indexOf('=');
            if (eq <= 0) {
                System.err.println("gridprobe compare: '" + r + "' is not LABEL=PATH");
                return 2;
            }
            Path p = Path.of(r.substring(eq + 1));
            Path summary = Files.isDirectory(p) ? p.resolve("summary.json") : p;
            if (!Files.isRegularFile(summary)) {
                System.err.println("gridprobe compare: " + summary + " does not exist");
                return 2;
            }
            try {
                read.add(ParityTable.Run.read(r.substring(0, eq), summary));
            } catch (ReportException e) {
                System.err.println("gridprobe compare: " + e.getMessage());
                return 2;
            }
        }
        StringBuilder text = new StringBuilder();
        if (title != null) {
            text.append("# ").append(title).append("\n\n");
        }
        notes.forEach(n -> text.append(n).append("\n\n"));
        text.append(ParityTable.markdown(read));
        if (out == null) {
            System.out.print(text);
            return 0;
        }
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            Files.writeString(out, text, StandardCharsets.UTF_8);
            System.out.println("wrote " + out);
            return 0;
        } catch (IOException e) {
            System.err.println("gridprobe compare: cannot write " + out + ": " + e.getMessage());
            return 2;
        }
    }
}
