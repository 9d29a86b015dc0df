package io.gridprobe.load.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A load run's report folder: {@value LoadReportJson#FILE_NAME}, {@value TimeSeriesCsv#FILE_NAME} and
 * {@value LoadReportPage#FILE_NAME}, written together.
 */
public final class LoadReportFolder {
    private LoadReportFolder() {
    }

    /** Writes the three files into {@code folder} (made if missing) and returns them. */
    public static List<Path> write(LoadReport report, Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new LoadReportException("cannot make the report folder " + folder + ": " + e.getMessage(), e);
        }
        Path json = folder.resolve(LoadReportJson.FILE_NAME);
        Path csv = folder.resolve(TimeSeriesCsv.FILE_NAME);
        Path html = folder.resolve(LoadReportPage.FILE_NAME);
        LoadReportJson.write(report, json);
        TimeSeriesCsv.write(report, csv);
        LoadReportPage.write(report, html);
        return List.of(json, csv, html);
    }

    /**
     * The report's files as attachments, for Allure or any other report: the page (its plots), the summary and the
     * series. The caller attaches them (e.g. {@code Allure.addAttachment(a.name(), a.mediaType(), in, a.extension())}).
     */
    public static List<LoadReportAttachment> attachments(LoadReport report) {
        return List.of(
                new LoadReportAttachment("load report (plots)", "text/html", "html", LoadReportPage.html(report)),
                new LoadReportAttachment("load summary", "application/json", "json", LoadReportJson.toJson(report)),
                new LoadReportAttachment("load time series", "text/csv", "csv", TimeSeriesCsv.text(report)));
    }
}
