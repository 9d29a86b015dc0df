package io.gridprobe.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run's simulator log becomes the tear-down attachment of one container holding every scenario. */
class AllureRunAttachmentTest {
    @TempDir
    Path dir;

    @Test
    void everyResultOfTheRunGetsTheFileAsItsTearDown() throws Exception {
        Path results = Files.createDirectories(dir.resolve("allure-results"));
        Files.writeString(results.resolve("a-result.json"), "{\"uuid\":\"a\",\"name\":\"one\"}");
        Files.writeString(results.resolve("b-result.json"), "{\"uuid\":\"b\",\"name\":\"two\"}");
        Path log = Files.writeString(dir.resolve("opensim.log"), "INITIALIZATION COMPLETE FOR Alpha\n");

        AllureRunAttachment.attach(results, "simulator log (whole run)", "text/plain", log);

        List<Path> containers;
        try (Stream<Path> s = Files.list(results)) {
            containers = s.filter(p -> p.getFileName().toString().endsWith("-container.json")).toList();
        }
        assertThat(containers).hasSize(1);
        JsonNode c = new ObjectMapper().readTree(containers.get(0).toFile());
        assertThat(c.get("children")).extracting(JsonNode::asText).containsExactly("a", "b");
        JsonNode attachment = c.at("/afters/0/attachments/0");
        assertThat(attachment.get("name").asText()).isEqualTo("simulator log (whole run)");
        assertThat(attachment.get("type").asText()).isEqualTo("text/plain");
        assertThat(Files.readString(results.resolve(attachment.get("source").asText())))
                .isEqualTo("INITIALIZATION COMPLETE FOR Alpha\n");
        assertThat(attachment.get("source").asText()).endsWith("-attachment.log");
    }
}
