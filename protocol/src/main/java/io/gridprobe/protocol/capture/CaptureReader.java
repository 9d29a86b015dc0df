package io.gridprobe.protocol.capture;

import com.fasterxml.jackson.core.JsonProcessingException;
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

/** Reads capture files in the JSONL format of {@code ../shared/captures} (one JSON object a line). */
public final class CaptureReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CaptureReader() {
    }

    public static List<CaptureRecord> read(Path file) throws IOException {
        List<CaptureRecord> out = new ArrayList<>();
        String name = file.getFileName().toString();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o;
                try {
                    o = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new IOException(name + ":" + n + ": not a JSON object: " + e.getOriginalMessage(), e);
                }
                out.add(new CaptureRecord(name, n, o.path("t").asDouble(), text(o, "kind"), text(o, "dir"),
                        text(o, "client"), text(o, "server"), text(o, "hex"),
                        o.hasNonNull("status") ? o.get("status").asInt() : null,
                        text(o, "method"), text(o, "uri"), text(o, "content_type"), text(o, "body")));
            }
        }
        return out;
    }

    /** Like {@link #read} for callers that cannot throw checked exceptions. */
    public static List<CaptureRecord> readUnchecked(Path file) {
        try {
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
