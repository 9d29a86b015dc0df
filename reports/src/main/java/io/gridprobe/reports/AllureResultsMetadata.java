package io.gridprobe.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The files beside the test results that make an Allure report readable for a grid operator: the environment
 * (which grid, which version, which regions), the executor (the CI build that ran it) and the categories that sort
 * failures into product defects, grid unavailable and harness errors.
 */
public final class AllureResultsMetadata {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Exception types that mean the grid could not be used at all, rather than that a feature is broken. */
    static final String GRID_UNAVAILABLE_TRACE =
            "(?s).*(GridUnreachableException|LoginException|LoginRefusedException|LoginTimeoutException|LoginHttpException"
                    + "|MalformedLoginResponseException|CircuitLostException|GridUnavailableException).*";

    private AllureResultsMetadata() {
    }

    /** environment.properties: keys sorted for stable diffs; values never include secrets (callers pass none). */
    public static void writeEnvironment(Path results, Map<String, String> environment) {
        Properties p = new Properties();
        new TreeMap<>(environment).forEach((k, v) -> p.setProperty(k, v == null ? "" : v));
        write(results.resolve("environment.properties"), w -> p.store(w, "gridprobe run environment"));
    }

    /** categories.json: the first matching category wins, so grid-unavailable comes before product defects. */
    public static void writeCategories(Path results) {
        List<Map<String, Object>> categories = List.of(
                category("Grid unavailable", List.of("failed", "broken"), "traceRegex", GRID_UNAVAILABLE_TRACE),
                category("Product defects", List.of("failed"), "messageRegex", "(?s).*"),
                category("Harness errors", List.of("broken"), "messageRegex", "(?s).*"));
        writeJson(results.resolve("categories.json"), categories);
    }

    /**
     * executor.json when running in Jenkins (BUILD_URL and friends set), so the report links back to the build;
     * nothing otherwise.
     */
    public static void writeExecutor(Path results, Map<String, String> env) {
        String buildUrl = env.get("BUILD_URL");
        if (buildUrl == null || buildUrl.isBlank()) {
            return;
        }
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", "Jenkins");
        e.put("type", "jenkins");
        e.put("url", env.getOrDefault("JENKINS_URL", ""));
        e.put("buildOrder", parseLong(env.get("BUILD_NUMBER")));
        e.put("buildName", env.getOrDefault("BUILD_DISPLAY_NAME", env.getOrDefault("BUILD_TAG", "")));
        e.put("buildUrl", buildUrl);
        e.put("reportUrl", buildUrl + "allure");
        e.put("reportName", "gridprobe");
        writeJson(results.resolve("executor.json"), e);
    }

    private static Map<String, Object> category(String name, List<String> statuses, String regexKey, String regex) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", name);
        c.put("matchedStatuses", statuses);
        c.put(regexKey, regex);
        return c;
    }

    private static Long parseLong(String s) {
        try {
            return s == null ? null : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static void writeJson(Path file, Object value) {
        write(file, w -> JSON.writeValue(w, value));
    }

    private interface WriterBody {
        void write(Writer w) throws IOException;
    }

    private static void write(Path file, WriterBody body) {
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                body.write(w);
            }
        } catch (IOException e) {
            throw new ReportException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
