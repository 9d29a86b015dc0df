package io.gridprobe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gridprobe load} end to end: a few agents on an embedded grid it starts itself, and its report folder. */
class LoadCommandTest {
    @TempDir
    Path dir;

    @AfterEach
    void forgetTheGrid() {
        // GridOptions passes --grid on as system properties, for the whole JVM
        System.clearProperty("gridprobe.loginUri");
    }

    @Test
    void aFewAgentsChatOnTheEmbeddedGridAndTheReportFolderIsWritten() throws Exception {
        Path report = dir.resolve("load");
        int exit = GridprobeCommand.execute("load", "--grid", "embedded", "--agents", "3", "--ramp", "10/s",
                "--duration", "5s", "--behaviour", "chat:1s,walk:2s", "--report", report.toString(),
                "--fail-if", "failures > 0", "--fail-if", "p95(login) > 10s");
        assertThat(exit).isZero();
        assertThat(report.resolve("load-summary.json")).isRegularFile();
        assertThat(report.resolve("load-report.html")).isRegularFile();
        assertThat(Files.list(report).map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".csv"));
        JsonNode summary = new ObjectMapper().readTree(report.resolve("load-summary.json").toFile());
        assertThat(summary.path("peakConnected").asInt()).isEqualTo(3);
        assertThat(summary.path("failureCount").asLong()).isZero();
        assertThat(summary.path("actions").path("login_ready").path("count").asLong()).isEqualTo(3);
        assertThat(summary.path("actions").path("chat_heard").path("count").asLong()).isPositive();
        assertThat(summary.path("regions").has("Alpha")).as("the grid's SimStats").isTrue();
        assertThat(summary.path("run").path("grid").asText()).doesNotContain("loadpass");
    }

    @Test
    void withoutAgentsOrWithABadThresholdItIsAUsageError() {
        assertThat(GridprobeCommand.execute("load", "--grid", "embedded")).isEqualTo(2);
        assertThat(GridprobeCommand.execute("load", "--grid", "embedded", "--agents", "2", "--fail-if", "p95(login) >"))
                .isEqualTo(2);
        assertThat(GridprobeCommand.execute("load", "--grid", "embedded", "--agents", "2", "--ramp", "lots"))
                .isEqualTo(2);
        assertThat(GridprobeCommand.execute("load", "--grid", "embedded", "--agents", "2", "--behaviour", "dance"))
                .isEqualTo(2);
    }

    @Test
    void aGridThatIsNotThereIsExitTwoAtOnce() {
        assertThat(GridprobeCommand.execute("load", "--grid", "http://127.0.0.1:1/", "--accounts",
                write("pool:\n  pattern: \"Load Bot{n}\"\n  range: 0-1\n  password: x\n").toString(), "--agents", "2"))
                .isEqualTo(2);
    }

    private Path write(String yaml) {
        try {
            Path f = dir.resolve("accounts.yaml");
            Files.writeString(f, yaml);
            return f;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
