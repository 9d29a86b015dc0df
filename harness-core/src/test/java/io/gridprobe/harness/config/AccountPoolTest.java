package io.gridprobe.harness.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountPoolTest {
    @TempDir
    Path dir;

    private Map<String, String> file(String yaml) throws IOException {
        Path f = dir.resolve("grid.yaml");
        Files.writeString(f, yaml);
        return Map.of("gridprobe.accounts", f.toString());
    }

    private static List<String> names(AccountPool p) {
        return p.accounts().stream().map(Credentials::fullName).toList();
    }

    @Test
    void aPatternOverARangeWithThePasswordFromTheEnvironment() throws IOException {
        HarnessConfig c = HarnessConfig.load(file("""
                loginUri: http://127.0.0.1:9100/
                pool:
                  pattern: "Load Bot{n}"
                  range: 0-59
                  password: "${LOAD_PASSWORD}"
                """), Map.of("LOAD_PASSWORD", "loadpass"));
        assertThat(c.pool().size()).isEqualTo(60);
        assertThat(names(c.pool())).startsWith("Load Bot0", "Load Bot1").endsWith("Load Bot59");
        assertThat(c.pool().accounts()).allSatisfy(a -> {
            assertThat(a.password()).isEqualTo("loadpass");
            assertThat(a.role()).isEqualTo(AccountPool.ROLE);
        });
        assertThat(c.toString()).contains("pool of 60 accounts (Load Bot0 .. Load Bot59)").doesNotContain("loadpass");
        assertThat(c.shard()).isEqualTo(Shard.WHOLE);
    }

    @Test
    void aListAndAPatternTogether() throws IOException {
        HarnessConfig c = HarnessConfig.load(file("""
                pool:
                  pattern: "Pool Bot{n}"
                  range: 3-4
                  password: p
                  accounts:
                    - { name: "Spare One", password: "${SPARE:-s1}" }
                    - { name: "Spare Two", password: s2 }
                """), Map.of());
        assertThat(names(c.pool())).containsExactly("Pool Bot3", "Pool Bot4", "Spare One", "Spare Two");
        assertThat(c.pool().accounts().get(2).password()).isEqualTo("s1");
    }

    @Test
    void noPoolConfiguredIsAnEmptyPool() {
        assertThat(HarnessConfig.load(Map.of(), Map.of()).pool().isEmpty()).isTrue();
    }

    @Test
    void theEnvironmentAndPropertiesSetOrOverrideThePattern() throws IOException {
        Map<String, String> env = Map.of("GRIDPROBE_POOL_PATTERN", "Env Bot{n}", "GRIDPROBE_POOL_RANGE", "1-3",
                "GRIDPROBE_POOL_PASSWORD", "envpass");
        assertThat(names(HarnessConfig.load(Map.of(), env).pool())).containsExactly("Env Bot1", "Env Bot2", "Env Bot3");

        Map<String, String> props = new java.util.HashMap<>(file("""
                pool: { pattern: "File Bot{n}", range: 0-9, password: filepass }
                """));
        props.put("gridprobe.pool.range", "5-6");
        HarnessConfig c = HarnessConfig.load(props, Map.of("GRIDPROBE_POOL_PASSWORD", "envpass"));
        assertThat(names(c.pool())).containsExactly("File Bot5", "File Bot6");
        assertThat(c.pool().accounts()).allSatisfy(a -> assertThat(a.password()).isEqualTo("envpass"));
    }

    @Test
    void mistakesSayWhichSettingAndNeverThePassword() throws IOException {
        assertThatThrownBy(() -> HarnessConfig.load(file("pool: { pattern: \"Bot\", range: 0-2, password: hush }"), Map.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("{n}").hasMessageNotContaining("hush");
        assertThatThrownBy(() -> HarnessConfig.load(file("pool: { pattern: \"Bot{n} X\", range: 5, password: hush }"), Map.of()))
                .hasMessageContaining("FIRST-LAST").hasMessageNotContaining("hush");
        assertThatThrownBy(() -> HarnessConfig.load(file("pool: { pattern: \"Bot{n} X\", range: 5-1, password: hush }"), Map.of()))
                .hasMessageContaining("count up");
        assertThatThrownBy(() -> HarnessConfig.load(file("pool: { pattern: \"Bot{n} X\", range: 0-2 }"), Map.of()))
                .hasMessageContaining("no password");
        assertThatThrownBy(() -> HarnessConfig.load(file("pool: { pattern: \"Bot{n}\", range: 0-1, password: \"${NOPE}\" }"), Map.of()))
                .hasMessageContaining("NOPE");
        assertThatThrownBy(() -> HarnessConfig.load(file("""
                pool:
                  pattern: "Bot{n} X"
                  range: 0-1
                  password: hush
                  accounts: [ { name: "bot0 x", password: hush } ]
                """), Map.of())).hasMessageContaining("twice").hasMessageNotContaining("hush");
        assertThatThrownBy(() -> HarnessConfig.load(Map.of(), Map.of("GRIDPROBE_POOL_PASSWORD", "hush")))
                .hasMessageContaining("no pattern").hasMessageNotContaining("hush");
    }

    @Test
    void shardsSliceThePoolIntoDisjointPartsThatCoverIt() {
        List<Credentials> all = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            all.add(Credentials.of(AccountPool.ROLE, "Bot" + i + " X", "p"));
        }
        AccountPool pool = new AccountPool(all);
        List<String> seen = new java.util.ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            AccountPool slice = pool.slice(new Shard(i, 3));
            assertThat(slice.size()).isBetween(3, 4);
            seen.addAll(names(slice));
        }
        assertThat(seen).containsExactlyElementsOf(names(pool));
        assertThat(pool.slice(Shard.WHOLE)).isSameAs(pool);
        assertThat(names(pool.slice(Shard.parse("1/3", "x")))).containsExactly("Bot0 X", "Bot1 X", "Bot2 X");
    }

    @Test
    void shardsAreParsedAndChecked() {
        assertThat(Shard.parse(" 2/5 ", "--shard")).isEqualTo(new Shard(2, 5));
        assertThat(HarnessConfig.load(Map.of(), Map.of("GRIDPROBE_SHARD", "3/4")).shard()).isEqualTo(new Shard(3, 4));
        assertThat(new Shard(2, 3).takes(1)).isTrue();
        assertThat(new Shard(2, 3).takes(4)).isTrue();
        assertThat(new Shard(2, 3).takes(2)).isFalse();
        assertThatThrownBy(() -> Shard.parse("0/3", "--shard")).hasMessageContaining("--shard").hasMessageContaining("1 <= i <= n");
        assertThatThrownBy(() -> Shard.parse("4/3", "--shard")).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> Shard.parse("two", "GRIDPROBE_SHARD")).hasMessageContaining("GRIDPROBE_SHARD must be i/n");
    }
}
