package io.gridprobe.load.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale-out files in ci/k8s: valid against the Kubernetes API schemas (kubernetes-models from npm, checked with
 * ajv, installed by this module's build), and wired as the shards need (one pod per index, --shard from the index).
 */
class KubernetesManifestTest {
    private static final Path K8S = Path.of("..", "ci", "k8s").toAbsolutePath().normalize();
    private static final Path CHECK = K8S.resolve("schema-check");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    record Run(int exit, String output) {
    }

    private static Run validate(Path... files) throws Exception {
        assumeTrue(Files.isDirectory(CHECK.resolve("node_modules/kubernetes-models")),
                "the schema check is not installed: run 'npm ci' in " + CHECK + " (mvn verify does it with Node.js)");
        List<String> command = new ArrayList<>(List.of("node", CHECK.resolve("validate.mjs").toString()));
        for (Path f : files) {
            command.add(f.toString());
        }
        Process p;
        try {
            p = new ProcessBuilder(command).directory(CHECK.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "node is not installed: " + e.getMessage());
            throw e;
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the schema check did not finish within 60 s");
        }
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void theShardJobAndTheMergeJobValidateAgainstTheKubernetesSchemas() throws Exception {
        Run run = validate(K8S.resolve("load-shards.yaml"), K8S.resolve("load-merge.yaml"));
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("valid batch/v1 Job gridprobe-load\n", "valid batch/v1 Job gridprobe-load-merge",
                "valid v1 PersistentVolumeClaim gridprobe-load-reports", "valid v1 ConfigMap gridprobe-load-accounts")
                .doesNotContain("INVALID");
    }

    @Test
    void theCheckRejectsAJobWithAWrongTypeAnUnknownValueOrAMissingField(@TempDir Path dir) throws Exception {
        String shards = Files.readString(K8S.resolve("load-shards.yaml"));
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, shards.replace("completions: 4 ", "completions: four ")
                .replace("completionMode: Indexed", "completionMode: Indexd")
                .replace("        - name: load\n", "        - nam: load\n"));
        Run run = validate(broken);
        assertThat(run.exit()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("INVALID batch/v1 Job", "/spec/completions must be integer",
                "/spec/completionMode must be equal to one of the allowed values",
                "/spec/template/spec/containers/0 must have required property name");
    }

    @Test
    void eachPodRunsTheShardOfItsIndexAndWritesItsOwnFolderWhichTheMergeReads() throws Exception {
        List<JsonNode> docs = documents(K8S.resolve("load-shards.yaml"));
        JsonNode job = docs.stream().filter(d -> d.path("kind").asText().equals("Job")).findFirst().orElseThrow();
        JsonNode spec = job.path("spec");
        assertThat(spec.path("completionMode").asText()).isEqualTo("Indexed");
        assertThat(spec.path("backoffLimit").asInt(-1)).as("a shard is not run twice").isZero();
        JsonNode pod = spec.path("template").path("spec");
        assertThat(pod.path("restartPolicy").asText()).isEqualTo("Never");
        JsonNode container = pod.path("containers").get(0);
        String shardsEnv = env(container, "SHARDS");
        assertThat(Integer.parseInt(shardsEnv)).as("SHARDS = completions = parallelism")
                .isEqualTo(spec.path("completions").asInt()).isEqualTo(spec.path("parallelism").asInt());
        assertThat(container.path("env").findValues("secretKeyRef")).isNotEmpty();
        String script = container.path("args").get(0).asText();
        assertThat(script).contains(" load ", "--shard", "--report");

        // the shell the pod runs turns Kubernetes' 0-based index into gridprobe's 1-based shard and folder
        Process sh = new ProcessBuilder("sh", "-c", "JOB_COMPLETION_INDEX=2; SHARDS=" + shardsEnv + "; "
                + "java() { printf '%s\\n' \"$@\"; }; " + script.replace("exec java", "java"))
                .redirectErrorStream(true).start();
        assertThat(sh.waitFor(10, TimeUnit.SECONDS)).isTrue();
        List<String> args = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(args).containsSubsequence("--shard", "3/4").containsSubsequence("--report", "/reports/shard-3");

        JsonNode merge = documents(K8S.resolve("load-merge.yaml")).get(0);
        String mergeScript = merge.path("spec").path("template").path("spec").path("containers").get(0)
                .path("args").get(0).asText();
        assertThat(mergeScript).contains("load merge /reports/shard-*", "--fail-if");
        // no password in the files: the accounts file names an environment variable filled from a Secret
        assertThat(Files.readString(K8S.resolve("load-shards.yaml"))).contains("password: \"${LOAD_PASSWORD}\"");
    }

    @Test
    void theAccountsFileTheShardsReadIsOneGridprobeAcceptsWithItsPasswordFromTheSecret(@TempDir Path dir)
            throws Exception {
        JsonNode configMap = documents(K8S.resolve("load-shards.yaml")).stream()
                .filter(d -> d.path("kind").asText().equals("ConfigMap")).findFirst().orElseThrow();
        Path accounts = dir.resolve("accounts.yaml");
        Files.writeString(accounts, configMap.path("data").path("accounts.yaml").asText());

        io.gridprobe.harness.config.HarnessConfig config = io.gridprobe.harness.config.HarnessConfig.load(
                java.util.Map.of("gridprobe.accounts", accounts.toString()),
                java.util.Map.of("LOAD_PASSWORD", "from-the-secret"));
        assertThat(config.loginUri()).isPresent();
        assertThat(config.pool().size()).isEqualTo(240);
        assertThat(config.pool().accounts()).allSatisfy(c -> assertThat(c.password()).isEqualTo("from-the-secret"));
        // each of the 4 shards gets a quarter of the pool
        assertThat(config.pool().slice(io.gridprobe.harness.config.Shard.parse("3/4", "--shard")).size())
                .isEqualTo(60);
    }

    private static String env(JsonNode container, String name) {
        for (JsonNode e : container.path("env")) {
            if (e.path("name").asText().equals(name)) {
                return e.path("value").asText();
            }
        }
        throw new AssertionError("no " + name + " in the container's environment");
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            return it.readAll();
        }
    }
}
