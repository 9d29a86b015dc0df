package io.gridprobe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import io.gridprobe.fixtures.grid.EmbeddedGrid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit-code contract CI relies on: 0 passed, 1 a scenario failed, 2 unreachable grid or wrong configuration. */
class RunCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private String openSim;

    /**
     * These tests choose their grid themselves (the embedded one, or --grid); a run of the suites against an
     * OpenSimulator build ({@code mvn verify -Dgridprobe.opensim=DIR}) must not change that.
     */
    @BeforeEach
    void noOpenSimBuild() {
        openSim = System.clearProperty("gridprobe.opensim");
    }

    @AfterEach
    void clearProperties() {
        for (String p : List.of("gridprobe.loginUri", "gridprobe.accounts", "gridprobe.timeoutScale", "gridprobe.shard",
                "allure.results.directory", "gridprobe.opensim", "gridprobe.opensim.log", "gridprobe.embedded.objects")) {
            System.clearProperty(p);
        }
        if (openSim != null) {
            System.setProperty("gridprobe.opensim", openSim);
        }
    }

    private int run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return GridprobeCommand.execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void aPassingSuiteAgainstTheEmbeddedGridExitsZeroWithResults() throws Exception {
        Path report = dir.resolve("report");
        int code = run("run", "--tags", "login", "--report", report.toString(), "--no-html");
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as("stdout:\n%s\nstderr:\n%s", stdout, err).isZero();
        assertThat(stdout).contains("PASS ").containsPattern("(?m)^\\d+ passed, 0 failed, 0 skipped$");
        JsonNode summary = new ObjectMapper().readTree(report.resolve("summary.json").toFile());
        assertThat(summary.at("/counts/passed").asInt()).isPositive();
        assertThat(summary.at("/counts/failed").asInt()).isZero();
        assertThat(summary.at("/login/p50Millis").asLong()).isPositive();
        try (var files = Files.list(report.resolve("junit"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".xml"));
        }
        try (var files = Files.list(report.resolve("allure-results"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.endsWith("-result.json"))
                    .contains("categories.json", "environment.properties");
        }
        assertThat(Files.readString(report.resolve("allure-results/environment.properties"))).contains("grid.uri=embedded");
    }

    @Test
    void aFailingScenarioExitsOneAndLeavesTheAgentsEvidence() throws Exception {
        Path report = dir.resolve("failing");
        int code = run("run", "--tags", "selfcheck-failure", "--report", report.toString(), "--no-html");
        assertThat(code).as("stdout:\n%s\nstderr:\n%s", out, err).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("FAIL ").contains("deliberate failure");
        List<String> attachments;
        try (var files = Files.list(report.resolve("allure-results"))) {
            attachments = files.filter(p -> p.getFileName().toString().contains("-attachment")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(attachments).anyMatch(a -> a.contains("ChatFromViewer") && a.contains("UseCircuitCode"));
        assertThat(attachments).anyMatch(a -> a.contains("RegionChanged"));
        assertThat(String.join("\n", attachments)).doesNotContain("alice-secret").contains("SessionID=***");
    }

    @Test
    void aRunWhoseScenariosWereAllSkippedVerifiedNothingAndExitsOne() {
        int code = run("run", "--tags", "selfcheck-skip", "--report", dir.resolve("skipped").toString(), "--no-html");
        assertThat(code).as("stdout:\n%s\nstderr:\n%s", out, err).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("SKIP ").contains("no region named Nowhere")
                .containsPattern("(?m)^0 passed, 0 failed, 1 skipped$");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nothing was verified");
    }

    @Test
    void theSmokeSuitePassesOnABusyRegion() {
        // 2,000 prims in Alpha, 100 of them moving: verdicts must not depend on an empty region
        int code = run("run", "--tags", "smoke", "--embedded-objects", "2000,100", "--report",
                dir.resolve("busy").toString(), "--no-html");
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as("stdout:\n%s\nstderr:\n%s", stdout, err).isZero();
        assertThat(stdout).containsPattern("(?m)^1\\d passed, 0 failed, 0 skipped$");
    }

    @Test
    void classesRunAtOnceOnAccountsOfTheirOwnAndPassAsSerially() throws Exception {
        // a pool of 6 of the embedded grid's 16 for three classes of up to three roles: the run says it waits
        Path accounts = dir.resolve("pool.yaml");
        StringBuilder yaml = new StringBuilder("pool:\n  accounts:\n");
        for (int i = 0; i < 6; i++) {
            yaml.append("    - { name: \"Pool Bot").append(i).append("\", password: \"pool-secret-").append(i).append("\" }\n");
        }
        Files.writeString(accounts, yaml);
        int code = run("run", "--accounts", accounts.toString(), "--tags", "chat,perms,login", "--parallel", "3",
                "--report", dir.resolve("parallel").toString(), "--no-html");
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as("stdout:\n%s\nstderr:\n%s", stdout, err).isZero();
        assertThat(stdout).containsOnlyOnce("gridprobe: pool of 6 accounts: at most 2 scenario classes at once")
                .containsPattern("(?m)^\\d+ passed, 0 failed, 0 skipped$").doesNotContain("pool-secret");
    }

    @Test
    void aShardIsIOfNAndShardClassesNeedsOne() {
        assertThat(run("run", "--shard", "3/2", "--report", dir.toString(), "--no-html")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--shard").contains("1 <= i <= n");
        assertThat(run("run", "--shard-classes", "--report", dir.toString(), "--no-html")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--shard-classes needs --shard I/N");
    }

    @Test
    void anUnreachableGridExitsTwoWithOneClearLine() {
        int code = run("run", "--grid", "http://127.0.0.1:1/", "--report", dir.toString(), "--no-html");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the grid could not be reached").contains("127.0.0.1:1");
    }

    @Test
    void aWrongConfigurationExitsTwo() {
        assertThat(run("run", "--accounts", dir.resolve("missing.yaml").toString(), "--no-html")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("configuration is wrong").contains("missing.yaml");
    }

    @Test
    void unknownTagsExitTwo() {
        assertThat(run("run", "--tags", "no-such-area", "--report", dir.toString(), "--no-html")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no scenario is tagged no-such-area");
    }

    @Test
    void loginPrintsTheTimingBreakdownAndNeverThePassword() {
        int code = run("login", "--account", "alice");
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as("stdout:\n%s\nstderr:\n%s", stdout, err).isZero();
        assertThat(stdout).contains("login-to-ready").contains("capabilities: ").contains("EventQueueGet").contains("logged out");
        assertThat(stdout + err).doesNotContain("alice-secret");
    }

    @Test
    void rolesTheScenariosNeedButNobodyConfiguredStopTheRunBeforeAnyLogin() throws Exception {
        try (EmbeddedGrid grid = EmbeddedGrid.start()) {
            Path accounts = dir.resolve("two-roles.yaml");
            Files.writeString(accounts, "loginUri: " + grid.loginUri() + "\n"
                    + "accounts:\n"
                    + "  alice: { name: \"Test Alice\", password: \"alice-secret-2\" }\n"
                    + "  bob: { name: \"Test Bob\", password: \"bob-secret-3\" }\n");
            int code = run("run", "--accounts", accounts.toString(), "--tags", "chat,parcels", "--report",
                    dir.resolve("roles").toString(), "--no-html");
            String stderr = err.toString(StandardCharsets.UTF_8);
            assertThat(code).as("stdout:\n%s\nstderr:\n%s", out, stderr).isEqualTo(2);
            assertThat(stderr).contains("need roles that are not configured").contains("carol (ChatTest.")
                    .contains("owner (ParcelsTest.theOwnerRenamesTheParcelAndSeesTheNewName)")
                    .doesNotContain("alice (").doesNotContain("alice-secret");
            assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("PASS").doesNotContain("FAIL");
            assertThat(io.gridprobe.fixtures.grid.account.SeededAccounts.all()).as("nobody logged in")
                    .noneMatch(a -> grid.isLoggedIn(a.agentId()));
        }
    }
}
