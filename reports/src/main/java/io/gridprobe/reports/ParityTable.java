package io.gridprobe.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Several runs' verdicts side by side, one row a scenario, as Markdown: how the same suites fare on the embedded grid
 * and on real grids. Made from the runs' {@code summary.json}, never by hand, so the table says what the runs said.
 */
public final class ParityTable {
    /** One run: a column label and what its summary.json says. */
    public record Run(String label, JsonNode summary) {
        public static Run read(String label, Path summaryJson) {
            try {
                return new Run(label, new ObjectMapper().readTree(summaryJson.toFile()));
            } catch (IOException e) {
                throw new ReportException("cannot read " + summaryJson + ": " + e.getMessage(), e);
            }
        }
    }

    private ParityTable() {
    }

    public static String markdown(List<Run> runs) {
        // scenario name -> tags (from whichever run had it)
        Map<String, String> tagsOf = new TreeMap<>();
        List<Map<String, JsonNode>> byRun = new ArrayList<>();
        for (Run r : runs) {
            Map<String, JsonNode> scenarios = new LinkedHashMap<>();
            for (JsonNode s : r.summary().path("scenarios")) {
                String name = s.path("name").asText();
                scenarios.put(name, s);
                List<String> tags = new ArrayList<>();
                s.path("tags").forEach(t -> tags.add(t.asText()));
                tagsOf.putIfAbsent(name, String.join(", ", tags));
            }
            byRun.add(scenarios);
        }
        StringBuilder md = new StringBuilder();
        md.append("| scenario | tags |");
        runs.forEach(r -> md.append(' ').append(cell(r.label())).append(" |"));
        md.append("\n|---|---|");
        runs.forEach(r -> md.append("---|"));
        md.append('\n');
        for (Map.Entry<String, String> row : tagsOf.entrySet()) {
            md.append("| ").append(cell(row.getKey())).append(" | ").append(cell(row.getValue())).append(" |");
            for (Map<String, JsonNode> scenarios : byRun) {
                md.append(' ').append(verdict(scenarios.get(row.getKey()))).append(" |");
            }
            md.append('\n');
        }
        md.append("| **total** | |");
        for (Run r : runs) {
            JsonNode c = r.summary().path("counts");
            md.append(String.format(" %d passed, %d failed, %d errors, %d skipped |", c.path("passed").asInt(),
                    c.path("failed").asInt(), c.path("broken").asInt(), c.path("skipped").asInt()));
        }
        md.append("\n| **wall time of the scenarios** | |");
        for (Run r : runs) {
            md.append(String.format(" %.1f s |", r.summary().path("durationMillis").asLong() / 1000.0));
        }
        md.append('\n');
        return md.toString();
    }

    private static String verdict(JsonNode s) {
        if (s == null) {
            return "not run";
        }
        String reason = s.path("reason").asText("");
        return switch (s.path("outcome").asText()) {
            case "passed" -> "pass";
            case "failed" -> "**FAIL**: " + cell(reason);
            case "broken" -> "**ERROR**: " + cell(reason);
            case "skipped" -> "skip: " + cell(reason.replaceFirst("^Assumption failed: ", ""));
            default -> cell(s.path("outcome").asText());
        };
    }

    /** Text fit for one Markdown table cell. */
    private static String cell(String text) {
        String t = text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s+", " ").strip();
        return t.length() <= 160 ? t : t.substring(0, 159) + "…";
    }
}
