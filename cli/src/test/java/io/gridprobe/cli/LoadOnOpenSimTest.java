package io.gridprobe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gridprobe load --opensim DIR} end to end: a throwaway OpenSimulator started from a build, its load accounts
 * made through RemoteAdmin, a crowd chatting and walking, and the verdict of the thresholds. Skipped without a build
 * ({@code -Dgridprobe.opensim=DIR} or {@code GRIDPROBE_OPENSIM}, the build's {@code bin} folder).
 */
class LoadOnOpenSimTest {
    private static final int AGENTS = 10;

    /** --opensim becomes this system property for the whole JVM; the other tests must not inherit it. */
    private final String openSimBefore = System.getProperty("gridprobe.opensim");

    @TempDir
    Path dir;

    @AfterEach
    void forgetTheGrid() {
        System.clearProperty("gridprobe.loginUri");
        if (openSimBefore == null) {
            System.clearProperty("gridprobe.opensim");
        } else {
            System.setProperty("gridprobe.opensim", openSimBefore);
        }
    }

    @Test
    void aCrowdOnAThrowawayOpenSimulatorIsAllInWithoutFailuresAndTheGridKeepsUp() throws Exception {
        String build = configuredBuild();
        Path report = dir.resolve("load");

        int exit = GridprobeCommand.execute("load", "--opensim", build, "--agents", Integer.toString(AGENTS),
                "--ramp", "auto", "--duration", "30s", "--behaviour", "chat:5s,walk:5s", "--report", report.toString(),
                "--fail-if", "failures > 0", "--fail-if", "connected < " + AGENTS,
                "--fail-if", "min(time_dilation) < 0.9", "--fail-if", "count(chat_heard) < 1");

        JsonNode summary = new ObjectMapper().readTree(report.resolve("load-summary.json").toFile());
        assertThat(exit).as("the thresholds' verdict on %s", summary.path("failures")).isZero();
        assertThat(summary.path("actions").path("login_ready").path("count").asLong()).isEqualTo(AGENTS);
        assertThat(summary.path("actions").path("walk").path("count").asLong()).isPositive();
        assertThat(summary.path("regions").size()).as("regions whose SimStats came in").isPositive();
        assertThat(summary.path("run").path("grid").asText()).as("the grid as reported").isNotBlank();
    }

    private static String configuredBuild() {
        String p = System.getProperty("gridprobe.opensim");
        String e = System.getenv("GRIDPROBE_OPENSIM");
        String build = p != null && !p.isBlank() ? p : e;
        Assumptions.assumeTrue(build != null && !build.isBlank(),
                "no OpenSimulator build configured: set -Dgridprobe.opensim=DIR or GRIDPROBE_OPENSIM to its bin folder");
        return build;
    }
}
