package io.gridprobe.load.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code load-summary.json}: a {@link LoadReport} as JSON. Figures a simulator did not send are written as
 * {@code "NaN"} strings (JSON has no NaN) and read back as NaN.
 */
public final class LoadReportJson {
    public static final String FILE_NAME = "load-summary.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);

    private LoadReportJson() {
    }

    public static String toJson(LoadReport report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new LoadReportException("cannot write the load report as JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static LoadReport fromJson(String json, String what) {
        try {
            LoadReport report = JSON.readValue(json, LoadReport.class);
            if (report.format() != LoadReport.FORMAT) {
                throw new LoadReportException(what + " is a load report of format " + report.format()
                        + "; this gridprobe reads format " + LoadReport.FORMAT);
            }
            if (report.run() == null || report.actions() == null || report.series() == null) {
                throw new LoadReportException(what + " is not a gridprobe load report (no run, actions or series)");
            }
            return report;
        } catch (JsonProcessingException e) {
            throw new LoadReportException(what + " is not a gridprobe load report: " + e.getOriginalMessage(), e);
        }
    }

    public static void write(LoadReport report, Path file) {
        try {
            Files.writeString(file, toJson(report));
        } catch (IOException e) {
            throw new LoadReportException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a report file, or the {@value #FILE_NAME} of a report folder. */
    public static LoadReport read(Path fileOrFolder) {
        Path file = Files.isDirectory(fileOrFolder) ? fileOrFolder.resolve(FILE_NAME) : fileOrFolder;
        try {
            return fromJson(Files.readString(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new LoadReportException(file + " does not exist: is " + fileOrFolder
                    + " the report folder of a load run?", e);
        } catch (IOException e) {
            throw new LoadReportException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
