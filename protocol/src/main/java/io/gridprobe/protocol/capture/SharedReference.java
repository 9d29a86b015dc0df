package io.gridprobe.protocol.capture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the read-only reference material ({@code ../shared/}: the master message template, real captures, protocol
 * notes). It is never part of the project; tests that need it skip when it is absent.
 * Looked up in: system property {@code gridprobe.shared}, environment variable {@code GRIDPROBE_SHARED},
 * then {@code ../shared} and {@code ../../shared} from the working directory.
 */
public final class SharedReference {
    private SharedReference() {
    }

    public static Optional<Path> root() {
        String prop = System.getProperty("gridprobe.shared");
        String env = System.getenv("GRIDPROBE_SHARED");
        for (String candidate : new String[] {prop, env, "../shared", "../../shared"}) {
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            Path p = Path.of(candidate).toAbsolutePath().normalize();
            if (Files.isDirectory(p.resolve("captures")) || Files.isDirectory(p.resolve("protocol"))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The reference master template, when present. */
    public static Optional<Path> masterTemplate() {
        return root().map(r -> r.resolve("protocol/message_template.msg")).filter(Files::isRegularFile);
    }

    /** The reference capture files ({@code captures/*.jsonl}), sorted by name; empty when absent. */
    public static List<Path> captureFiles() {
        Optional<Path> dir = root().map(r -> r.resolve("captures")).filter(Files::isDirectory);
        if (dir.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir.get())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why a test that needs the reference material is skipped. */
    public static String absentReason() {
        return "reference material ../shared/ not found (set -Dgridprobe.shared=DIR or GRIDPROBE_SHARED); "
                + "tests against the real-grid captures and the master template are skipped";
    }
}
