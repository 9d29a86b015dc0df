package io.gridprobe.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {
    @TempDir
    Path dir;

    @Test
    void categoriesSortGridOutagesBeforeProductDefects() throws Exception {
        AllureResultsMetadata.writeCategories(dir);
        JsonNode c = new ObjectMapper().readTree(dir.resolve("categories.json").toFile());
        assertThat(c.get(0).get("name").asText()).isEqualTo("Grid unavailable");
        assertThat("io.gridprobe.protocol.login.GridUnreachableException: http://x/ refused")
                .matches(c.get(0).get("traceRegex").asText());
        assertThat(c.get(1).get("name").asText()).isEqualTo("Product defects");
        assertThat(c.get(2).get("name").asText()).isEqualTo("Harness errors");
    }

    @Test
    void executorOnlyInJenkinsAndEnvironmentSorted() throws Exception {
        AllureResultsMetadata.writeExecutor(dir, Map.of());
        assertThat(dir.resolve("executor.json")).doesNotExist();
        AllureResultsMetadata.writeExecutor(dir, Map.of("BUILD_URL", "https://ci/job/x/7/", "BUILD_NUMBER", "7"));
        JsonNode e = new ObjectMapper().readTree(dir.resolve("executor.json").toFile());
        assertThat(e.get("buildOrder").asLong()).isEqualTo(7);
        assertThat(e.get("reportUrl").asText()).isEqualTo("https://ci/job/x/7/allure");
        AllureResultsMetadata.writeEnvironment(dir, Map.of("grid.uri", "http://127.0.0.1:9000/", "gridprobe.version", "0.1"));
        assertThat(Files.readString(dir.resolve("environment.properties"))).contains("grid.uri=http\\://127.0.0.1\\:9000/");
    }

    @Test
    void summaryCountsAndPercentiles() throws Exception {
        RunSummary s = new RunSummary("embedded", 1000);
        s.add(new RunSummary.Scenario("chat", List.of("chat", "smoke"), RunSummary.Outcome.PASSED, 120, null));
        s.add(new RunSummary.Scenario("perms", List.of("perms"), RunSummary.Outcome.FAILED, 300, "expected copy"));
        for (long ms : new long[] {40, 50, 60, 70, 200}) {
            s.loginTook(ms);
        }
        s.finished(2500);
        s.write(dir.resolve("summary.json"));
        JsonNode j = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertThat(j.at("/counts/passed").asLong()).isEqualTo(1);
        assertThat(j.at("/counts/failed").asLong()).isEqualTo(1);
        assertThat(j.at("/login/p50Millis").asLong()).isEqualTo(60);
        assertThat(j.at("/login/p95Millis").asLong()).isEqualTo(200);
        assertThat(j.at("/durationMillis").asLong()).isEqualTo(1500);
    }

    @Test
    void allureCommandLineRendersAReportFromMavenCentralsZip() throws Exception {
        assumeTrue(Files.isRegularFile(AllureCommandLine.zipLocation()), "Allure command line zip not in the local repository");
        Path results = Files.createDirectories(dir.resolve("allure-results"));
        Files.writeString(results.resolve("0a1b2c3d-result.json"), """
                {"uuid":"0a1b2c3d","name":"chat is heard","fullName":"io.gridprobe.scenarios.ChatTest.chatIsHeard",
                 "status":"passed","stage":"finished","start":1,"stop":2,
                 "labels":[{"name":"feature","value":"chat"}]}
                """);
        AllureResultsMetadata.writeCategories(results);
        AllureCommandLine.locate(dir.resolve("cache")).generate(results, dir.resolve("report"), true, null, Duration.ofMinutes(2));
        assertThat(dir.resolve("report/index.html")).exists();
        assertThat(Files.readString(dir.resolve("report/index.html"))).contains("allure");
    }
}
