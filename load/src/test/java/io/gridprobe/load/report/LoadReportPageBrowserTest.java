package io.gridprobe.load.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report page opened in a real browser (headless Chromium, when the machine has it): its script runs to the end
 * without an error and ECharts draws the six plots, offline (the page is a local file and the browser has no proxy).
 */
class LoadReportPageBrowserTest {

    private static Path chromium() {
        for (String name : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(name))) {
                return Path.of(name);
            }
        }
        return null;
    }

    @Test
    void theBrowserRunsThePageAndEChartsDrawsEveryPlot(@TempDir Path dir) throws Exception {
        String html = render(RecordedLoad.replay(RecordedLoad.generate(7), 1, 1), dir);
        assertThat(html).contains("<td>chat_heard</td>", "<td>Load A</td>");
    }

    @Test
    void aRunThatMeasuredNothingStillRendersWithEmptyPlots(@TempDir Path dir) throws Exception {
        SettableClock clock = new SettableClock(RecordedLoad.START_MILLIS);
        LoadReport empty = new LoadRecorder(clock).report(RunInfo.single("http://127.0.0.1:9000/", 0, "auto", 0,
                List.of()));
        render(empty, dir);
    }

    private static String render(LoadReport report, Path dir) throws Exception {
        Path browser = chromium();
        assumeTrue(browser != null, "no headless browser here (apt-get install chromium to run this check)");
        LoadReportFolder.write(report, dir);

        Process p = new ProcessBuilder(browser.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--no-proxy-server", "--user-data-dir=" + dir.resolve("profile"), "--virtual-time-budget=5000",
                "--dump-dom", dir.resolve(LoadReportPage.FILE_NAME).toUri().toString())
                .redirectError(dir.resolve("browser.log").toFile()).start();
        byte[] dom = p.getInputStream().readAllBytes();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the browser did not finish within 90 s");
        }
        String html = new String(dom, StandardCharsets.UTF_8);

        assertThat(html).as("the page's script ran to its last line").contains("data-rendered=\"true\"");
        Matcher canvases = Pattern.compile("<canvas").matcher(html);
        int drawn = 0;
        while (canvases.find()) {
            drawn++;
        }
        assertThat(drawn).as("plots drawn by ECharts").isEqualTo(6);
        return html;
    }
}
