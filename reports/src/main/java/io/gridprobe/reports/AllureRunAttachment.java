package io.gridprobe.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A file that belongs to the whole run rather than to one scenario (the log of the simulator the run started),
 * attached to every scenario of the report: Allure shows a container's tear-down with each of its children, so the
 * file is stored once and opened from any scenario ("Tear down" in its execution section).
 */
public final class AllureRunAttachment {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AllureRunAttachment() {
    }

    /**
     * Copies {@code file} into the results folder and writes a container holding every test result there, with the
     * file as the attachment of its tear-down step {@code name}.
     */
    public static void attach(Path results, String name, String mediaType, Path file) {
        try {
            String ext = file.getFileName().toString().contains(".")
                    ? file.getFileName().toString().substring(file.getFileName().toString().lastIndexOf('.')) : "";
            String source = UUID.randomUUID() + "-attachment" + ext;
            Files.copy(file, results.resolve(source));
            long now = System.currentTimeMillis();
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("name", name);
            step.put("status", "passed");
            step.put("stage", "finished");
            step.put("attachments", List.of(Map.of("name", name, "source", source, "type", mediaType)));
            step.put("start", now);
            step.put("stop", now);
            Map<String, Object> container = new LinkedHashMap<>();
            String uuid = UUID.randomUUID().toString();
            container.put("uuid", uuid);
            container.put("name", name);
            container.put("children", resultUuids(results));
            container.put("befores", List.of());
            container.put("afters", List.of(step));
            container.put("start", now);
            container.put("stop", now);
            JSON.writeValue(results.resolve(uuid + "-container.json").toFile(), container);
        } catch (IOException e) {
            throw new ReportException("cannot attach " + file + " to the results in " + results + ": " + e.getMessage(), e);
        }
    }

    private static List<String> resultUuids(Path results) throws IOException {
        List<String> uuids = new ArrayList<>();
        try (Stream<Path> s = Files.list(results)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith("-result.json")).sorted().toList()) {
                JsonNode uuid = JSON.readTree(p.toFile()).get("uuid");
                if (uuid != null && uuid.isTextual()) {
                    uuids.add(uuid.asText());
                }
            }
        }
        return uuids;
    }
}
