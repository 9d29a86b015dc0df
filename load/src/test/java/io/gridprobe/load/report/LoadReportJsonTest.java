package io.gridprobe.load.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadReportJsonTest {

    @Test
    void aReportReadsBackEqualToWhatWasWrittenHistogramsAndMissingFiguresIncluded(@TempDir Path dir) {
        LoadReport report = RecordedLoad.replay(RecordedLoad.generate(7), 1, 1);
        SettableClock clock = new SettableClock(RecordedLoad.START_MILLIS);
        LoadRecorder partial = new LoadRecorder(clock);
        // a simulator that sent no physics figure: NaN survives the trip
        partial.gridHealth("Quiet", new HealthSample(1.0, 55, Double.NaN, 1, 0, 0, 0, 18));
        clock.set(RecordedLoad.START_MILLIS + 1000);
        LoadReport withNaN = partial.report(RunInfo.single("http://127.0.0.1:9000/", 1, "1/s", 0, List.of("idle")));

        for (LoadReport r : List.of(report, withNaN)) {
            List<Path> files = LoadReportFolder.write(r, dir);
            assertThat(files).allMatch(Files::isRegularFile);
            assertThat(LoadReportJson.read(dir)).isEqualTo(r);
        }
        assertThat(LoadReportJson.read(dir).regions().get("Quiet").minPhysicsFps()).isNaN();
    }

    @Test
    void theSummaryCarriesTheFiguresAPersonReadsFirst() {
        LoadReport report = RecordedLoad.replay(RecordedLoad.generate(7), 1, 1);
        String json = LoadReportJson.toJson(report);
        assertThat(json).contains("\"peakConnected\"", "\"failureCount\"", "\"p95Ms\"", "\"minTimeDilation\"",
                "\"histogram\"", "\"login_ready\"");
        assertThat(report.peakConnected()).isEqualTo(RecordedLoad.AGENTS - 3); // agents 7, 20 and 33 never got ready
        assertThat(report.failures("login_ready")).isEqualTo(3);
    }

    @Test
    void aFileThatIsNotAReportIsRefusedNamingIt(@TempDir Path dir) throws Exception {
        Path bogus = dir.resolve(LoadReportJson.FILE_NAME);
        Files.writeString(bogus, "{\"hello\": 1}");
        assertThatThrownBy(() -> LoadReportJson.read(dir)).isInstanceOf(LoadReportException.class)
                .hasMessageContaining(bogus.toString());
        Files.writeString(bogus, "not json");
        assertThatThrownBy(() -> LoadReportJson.read(bogus)).isInstanceOf(LoadReportException.class)
                .hasMessageContaining("is not a gridprobe load report");
        assertThatThrownBy(() -> LoadReportJson.read(dir.resolve("nowhere"))).isInstanceOf(LoadReportException.class)
                .hasMessageContaining("does not exist");
        String good = LoadReportJson.toJson(RecordedLoad.replay(RecordedLoad.generate(1), 1, 1));
        Files.writeString(bogus, good.replaceFirst("\"histogram\" : \"[^\"]+\"", "\"histogram\" : \"AAAA\""));
        assertThatThrownBy(() -> LoadReportMerger.merge(List.of(LoadReportJson.read(bogus))))
                .isInstanceOf(LoadReportException.class).hasMessageContaining("is not an HdrHistogram");
    }

    @Test
    void theCsvHasOneRowPerSecondWithEachActionAndRegionAsColumns() {
        LoadReport report = RecordedLoad.replay(RecordedLoad.generate(7), 1, 1);
        String csv = TimeSeriesCsv.text(report);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(report.series().size() + 1);
        assertThat(lines.get(0)).startsWith("epoch_second,time_utc,connected,target,failures")
                .contains("chat_heard_p95_ms", "\"Load A:time_dilation\"".replace("\"", ""));
        assertThat(lines.get(1)).startsWith(Long.toString(RecordedLoad.START_MILLIS / 1000));
    }
}
