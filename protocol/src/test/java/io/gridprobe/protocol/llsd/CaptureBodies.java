package io.gridprobe.protocol.llsd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Reads the HTTP messages of the reference captures in {@code shared/captures/*.jsonl} (never copied). */
public final class CaptureBodies {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One HTTP message of a capture. */
    public record HttpMessage(String file, int line, String dir, String uri, String contentType, String body) {
        public String where() {
            return file + ":" + line + " (" + dir + (uri == null ? "" : " " + uri) + ")";
        }
    }

    private CaptureBodies() {
    }

    /** The shared reference directory, or the test is skipped when it is not present. */
    public static Path sharedDir() {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty("gridprobe.shared")).filter(s -> !s.isBlank())
                .map(Path::of).ifPresent(candidates::add);
        candidates.add(Path.of("../../shared"));
        candidates.add(Path.of("../shared"));
        for (Path p : candidates) {
            if (Files.isDirectory(p.resolve("captures"))) {
                return p;
            }
        }
        Assumptions.assumeTrue(false, "../shared not present: tried " + candidates);
        throw new IllegalStateException("unreachable");
    }

    /** Every {@code "kind":"http"} line of every capture, in file and line order. */
    public static List<HttpMessage> all() {
        Path captures = sharedDir().resolve("captures");
        List<HttpMessage> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(captures)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                read(f, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void read(Path file, List<HttpMessage> out) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                JsonNode o = JSON.readTree(line);
                if (!"http".equals(o.path("kind").asText())) {
                    continue;
                }
                out.add(new HttpMessage(file.getFileName().toString(), n, o.path("dir").asText(),
                        o.hasNonNull("uri") ? o.get("uri").asText() : null,
                        o.hasNonNull("content_type") ? o.get("content_type").asText() : null,
                        o.hasNonNull("body") ? o.get("body").asText() : ""));
            }
        }
    }
}
