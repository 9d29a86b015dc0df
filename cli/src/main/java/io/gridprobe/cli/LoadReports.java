package io.gridprobe.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.gridprobe.load.report.LoadReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a load run's report folder. (Stand-in until the report module's writer is merged: the summary only.) */
final class LoadReports {
    private LoadReports() {
    }

    static void write(LoadReport report, Path dir) {
        try {
            Files.createDirectories(dir);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(dir.resolve("load-summary.json").toFile(), report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the load report to " + dir + ": " + e.getMessage(), e);
        }
    }
}
