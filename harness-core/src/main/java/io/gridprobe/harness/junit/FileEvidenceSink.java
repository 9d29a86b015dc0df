package io.gridprobe.harness.junit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes evidence to files, one folder per test: the fallback when no report sink is on the class path. */
final class FileEvidenceSink implements EvidenceSink {
    private static final Logger LOG = LoggerFactory.getLogger(FileEvidenceSink.class);
    private final Path root;

    FileEvidenceSink(Path root) {
        this.root = root;
    }

    @Override
    public void attach(String testId, String name, String mediaType, String fileExtension, String content) {
        Path dir = root.resolve(testId.replaceAll("[^A-Za-z0-9._-]", "_"));
        Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + fileExtension);
        try {
            Files.createDirectories(dir);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            LOG.info("evidence for {} written to {}", testId, file);
        } catch (IOException e) {
            LOG.warn("cannot write evidence {}: {}", file, e.getMessage());
        }
    }
}
