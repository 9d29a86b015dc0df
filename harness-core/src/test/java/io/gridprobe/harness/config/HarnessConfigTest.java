package io.gridprobe.harness.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarnessConfigTest {
    @TempDir
    Path dir;

    private Path yaml(String text) throws IOException {
        Path f = dir.resolve("grid.yaml");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void nothingConfiguredMeansTheEmbeddedGrid() {
        HarnessConfig c = HarnessConfig.load(Map.of(), Map.of());
        assertThat(c.usesEmbeddedGrid()).isTrue();
        assertThat(c.accounts()).isEmpty();
        assertThat(c.timeoutScale()).isEqualTo(1.0);
    }

    @Test
    void anOpenSimulatorBuildIsAGridTheRunStarts() {
        HarnessConfig fromProperty = HarnessConfig.load(Map.of("gridprobe.opensim", "/opt/opensim/bin"),
                Map.of("GRIDPROBE_OPENSIM", "/elsewhere/bin"));
        assertThat(fromProperty.openSimBuild()).contains(Path.of("/opt/opensim/bin"));
        assertThat(fromProperty.startsGrid()).isTrue();
        assertThat(fromProperty.usesEmbeddedGrid()).isFalse();
        assertThat(fromProperty.source()).contains("OpenSimulator build /opt/opensim/bin");
        assertThat(HarnessConfig.load(Map.of(), Map.of("GRIDPROBE_OPENSIM", "/elsewhere/bin")).openSimBuild())
                .contains(Path.of("/elsewhere/bin"));
        assertThat(HarnessConfig.load(Map.of(), Map.of()).openSimBuild()).isEmpty();
    }

    @Test
    void aGridToTestAndABuildToStartAreNotBothAllowed() {
        assertThatThrownBy(() -> HarnessConfig.load(Map.of("gridprobe.opensim", "/opt/opensim/bin",
                "gridprobe.loginUri", "http://127.0.0.1:9000/"), Map.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("give only one");
    }

    @Test
    void fileWithEnvironmentSecrets() throws IOException {
        Path f = yaml("""
                loginUri: http://127.0.0.1:9000/
                accounts:
                  alice: { name: "Test Alice", password: "${ALICE_PASSWORD}" }
                  bob:   { name: "Test Bob",   password: "${BOB_PASSWORD:-fallback}" }
                regions: [Alpha, Beta]
                timeoutScale: 2.5
                """);
        HarnessConfig c = HarnessConfig.load(Map.of("gridprobe.accounts", f.toString()), Map.of("ALICE_PASSWORD", "s3cret"));
        assertThat(c.loginUri()).contains(URI.create("http://127.0.0.1:9000/"));
        assertThat(c.account("alice").orElseThrow().password()).isEqualTo("s3cret");
        assertThat(c.account("bob").orElseThrow().password()).isEqualTo("fallback");
        assertThat(c.account("alice").orElseThrow().lastName()).isEqualTo("Alice");
        assertThat(c.regionHints()).containsExactly("Alpha", "Beta");
        assertThat(c.scaled(Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.toString()).doesNotContain("s3cret").contains("password ***");
    }

    @Test
    void environmentOverridesFileAndPropertiesOverrideEnvironment() throws IOException {
        Path f = yaml("""
                loginUri: http://file.example:9000/
                accounts:
                  alice: { name: "File Alice", password: "from-file" }
                """);
        HarnessConfig c = HarnessConfig.load(
                Map.of("gridprobe.accounts", f.toString(), "gridprobe.password.alice", "from-prop"),
                Map.of("GRIDPROBE_LOGIN_URI", "http://env.example:8002/", "GRIDPROBE_ACCOUNT_ALICE", "Env Alice",
                        "GRIDPROBE_ACCOUNT_CAROL", "Carol Solo", "GRIDPROBE_PASSWORD_CAROL", "c"));
        assertThat(c.loginUri()).contains(URI.create("http://env.example:8002/"));
        assertThat(c.account("alice").orElseThrow().fullName()).isEqualTo("Env Alice");
        assertThat(c.account("alice").orElseThrow().password()).isEqualTo("from-prop");
        assertThat(c.account("carol").orElseThrow().fullName()).isEqualTo("Carol Solo");
    }

    @Test
    void mistakesAreNamed() throws IOException {
        Path f = yaml("accounts:\n  alice: { name: \"Test Alice\", password: \"${MISSING_SECRET}\" }\n");
        assertThatThrownBy(() -> HarnessConfig.load(Map.of("gridprobe.accounts", f.toString()), Map.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("MISSING_SECRET");
        assertThatThrownBy(() -> HarnessConfig.load(Map.of("gridprobe.loginUri", "not a uri"), Map.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("gridprobe.loginUri");
        assertThatThrownBy(() -> HarnessConfig.load(Map.of("gridprobe.accounts", dir.resolve("nope.yaml").toString()), Map.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("cannot read accounts file");
        assertThatThrownBy(() -> HarnessConfig.load(Map.of(), Map.of("GRIDPROBE_PASSWORD_ZED", "x")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("GRIDPROBE_ACCOUNT_ZED");
        assertThatThrownBy(() -> HarnessConfig.load(Map.of("gridprobe.timeoutScale", "-1"), Map.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("timeoutScale");
    }
}
