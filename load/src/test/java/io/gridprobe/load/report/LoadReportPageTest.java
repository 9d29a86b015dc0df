package io.gridprobe.load.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoadReportPageTest {

    @Test
    void thePageCarriesItsDataAndTheChartingLibraryItselfAndLoadsNothingFromOutside() {
        LoadReport report = RecordedLoad.replay(RecordedLoad.generate(7), 1, 1);
        String html = LoadReportPage.html(report);

        assertThat(html).contains("<script id=\"load-data\" type=\"application/json\">");
        // ECharts inlined, the version the page says, and no fetch of anything
        assertThat(html).contains("Apache ECharts 5.3.1", "echarts.init(", "registerTheme").doesNotContain(
                "<script src", "<link ", "src=\"http", "href=\"http", "import(");
        assertThat(html.length()).isGreaterThan(600_000);
        // the data of every plot: seconds, agents, each action's percentiles, the regions' health
        var data = LoadReportPage.data(report);
        assertThat(data.get("seconds")).hasSize(report.series().size());
        assertThat(data.get("connected")).hasSize(report.series().size());
        assertThat(data.get("latency").fieldNames()).toIterable().containsAll(report.actions().keySet());
        assertThat(data.get("health").fieldNames()).toIterable().containsExactly("Load A", "Load B");
        assertThat(data.get("failuresByReason").size()).isPositive();
        assertThat(html).contains(Long.toString(report.series().get(3).second()), "\"Load A\"");
    }

    @Test
    void secretsInTheGridAddressAndMarkupInARegionNameDoNotReachThePage() {
        SettableClock clock = new SettableClock(RecordedLoad.START_MILLIS);
        LoadRecorder recorder = new LoadRecorder(clock);
        recorder.gridHealth("</script><script>alert('x')</script>", new HealthSample(0.95, 45, 45, 1, 0, 0, 0, 20));
        recorder.record(Action.CHAT_HEARD, 10_000_000);
        clock.set(RecordedLoad.START_MILLIS + 1000);
        LoadReport report = recorder.report(RunInfo.single(
                "https://loadbot:hunter2@grid.example:8002/login?session_id=0b1e-secret#frag", 1, "1/s", 0,
                List.of("chat")));

        assertThat(report.run().grid()).isEqualTo("https://grid.example:8002/login");
        for (String text : List.of(LoadReportPage.html(report), LoadReportJson.toJson(report),
                TimeSeriesCsv.text(report))) {
            assertThat(text).doesNotContain("hunter2", "0b1e-secret", "session_id", "loadbot");
        }
        String html = LoadReportPage.html(report);
        assertThat(html).doesNotContain("<script>alert").contains("\\u003c/script\\u003e\\u003cscript\\u003ealert");
    }

    @Test
    void theAttachmentsAreThePageTheSummaryAndTheSeries() {
        LoadReport report = RecordedLoad.replay(RecordedLoad.generate(7), 1, 1);
        List<LoadReportAttachment> attachments = LoadReportFolder.attachments(report);
        assertThat(attachments).extracting(LoadReportAttachment::mediaType)
                .containsExactly("text/html", "application/json", "text/csv");
        assertThat(attachments.get(0).content()).isEqualTo(LoadReportPage.html(report));
        assertThat(LoadReportJson.fromJson(attachments.get(1).content(), "the attachment")).isEqualTo(report);
    }
}
