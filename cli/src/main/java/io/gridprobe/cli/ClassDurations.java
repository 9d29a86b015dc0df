package io.gridprobe.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How long each scenario class took in a previous run, from its {@code summary.json} (the report folder being
 * reused, or {@code --history}), for {@link io.gridprobe.harness.junit.LongestFirst} to start the long ones first.
 */
final class ClassDurations {
    private ClassDurations() {
    }

    /** "ChatTest=1234,CrossingTest=3456" from the first summary that can be read; empty when there is none. */
    static String from(Path... reportFolders) {
        for (Path folder : reportFolders) {
            if (folder == null) {
                continue;
            }
            Path summary = folder.resolve("summary.json");
            if (!Files.isRegularFile(summary)) {
                continue;
            }
            try {
                Map<String, Long> byClass = new TreeMap<>();
                for (JsonNode s : new ObjectMapper().readTree(summary.toFile()).path("scenarios")) {
                    String name = s.path("name").asText("");
                    int dot = name.indexOf('.');
                    if (dot > 0) {
                        byClass.merge(name.substring(0, dot), s.path("durationMillis").asLong(0), Long::sum);
                    }
                }
                if (!byClass.isEmpty()) {
                    return byClass.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining(","));
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable old summary only costs the ordering
            }
        }
        return "";
    }
}
