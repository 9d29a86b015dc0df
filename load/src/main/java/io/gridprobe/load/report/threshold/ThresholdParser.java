package io.gridprobe.load.report.threshold;

import io.gridprobe.load.report.Action;
import io.gridprobe.load.report.FailureReason;
import io.gridprobe.load.report.LatencyStats;
import io.gridprobe.load.report.RegionHealth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code --fail-if} expression: {@code METRIC OP LIMIT}.
 * <ul>
 * <li>METRIC: {@code pNN(action)} (a percentile, e.g. {@code p95}, {@code p99.9}), {@code mean(action)},
 * {@code max(action)}, {@code count(action)}, {@code failures}, {@code failures(action)},
 * {@code failures(action, reason)}, {@code connected} (the most agents at once), {@code min(time_dilation)},
 * {@code min(sim_fps)}, {@code min(physics_fps)}, {@code max(frame_ms)}, {@code max(agents)},
 * {@code max(pending_downloads)}, {@code max(pending_uploads)} (the worst over all regions);</li>
 * <li>OP: {@code > >= < <= == !=};</li>
 * <li>LIMIT: a number; for a latency it needs a unit: {@code us}, {@code ms}, {@code s} or {@code m}.</li>
 * </ul>
 */
final class ThresholdParser {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final Pattern PERCENTILE = Pattern.compile("p([0-9]+(\\.[0-9]+)?)");
    private static final Map<String, Double> UNITS_MS = Map.of("us", 0.001, "ms", 1.0, "s", 1000.0, "m", 60_000.0);
    private static final Map<String, ToDoubleFunction<RegionHealth>> HEALTH_MIN = Map.of(
            "time_dilation", RegionHealth::minTimeDilation, "sim_fps", RegionHealth::minSimFps,
            "physics_fps", RegionHealth::minPhysicsFps);
    private static final Map<String, ToDoubleFunction<RegionHealth>> HEALTH_MAX = Map.of(
            "frame_ms", RegionHealth::maxFrameMs, "agents", RegionHealth::maxAgents,
            "pending_downloads", RegionHealth::maxPendingDownloads, "pending_uploads", RegionHealth::maxPendingUploads);

    private final String text;
    private int at;

    ThresholdParser(String text) {
        this.text = text == null ? "" : text;
    }

    Threshold parse() {
        skipSpaces();
        if (at == text.length()) {
            throw error("the expression is empty; write e.g. \"p95(login) > 2s\" or \"failures > 0\"");
        }
        int nameAt = at;
        String name = expect(NAME, "a metric such as p95(login), failures or min(time_dilation)").toLowerCase(Locale.ROOT);
        List<String> args = new ArrayList<>();
        List<Integer> argsAt = new ArrayList<>();
        skipSpaces();
        if (peek('(')) {
            at++;
            do {
                skipSpaces();
                argsAt.add(at);
                args.add(expect(NAME, "a name inside the brackets").toLowerCase(Locale.ROOT));
                skipSpaces();
            } while (peek(',') && ++at > 0);
            if (!peek(')')) {
                throw error("expected ')' here");
            }
            at++;
        }
        Metric metric = metric(name, nameAt, args, argsAt);
        skipSpaces();
        Comparison comparison = Comparison.at(text, at)
                .orElseThrow(() -> error("expected a comparison (> >= < <= == !=) after " + metric.describe()));
        at += comparison.symbol().length();
        skipSpaces();
        double limit = Double.parseDouble(expect(NUMBER, "a number to compare " + metric.describe() + " with"));
        int numberEnd = at;
        skipSpaces();
        int unitAt = at;
        // a word right after the number is its unit; after a space, only a known unit is (not "and ...")
        Matcher word = NAME.matcher(text).region(at, text.length());
        String unit = word.lookingAt() && (unitAt == numberEnd || UNITS_MS.containsKey(word.group()))
                ? expect(NAME, "") : "";
        if (unit.isEmpty()) {
            at = numberEnd;
        }
        if (metric.isLatency()) {
            Double factor = UNITS_MS.get(unit);
            if (factor == null) {
                at = unit.isEmpty() ? numberEnd : unitAt;
                throw error(unit.isEmpty() ? metric.describe() + " is a latency: give the limit a unit (us, ms, s or m)"
                        : "unknown unit '" + unit + "'; use us, ms, s or m");
            }
            limit *= factor;
        } else if (!unit.isEmpty()) {
            at = unitAt;
            throw error(metric.describe() + " is a count, not a duration: remove '" + unit + "'");
        }
        skipSpaces();
        if (at != text.length()) {
            throw error("unexpected text after the limit; one condition per --fail-if");
        }
        return new Threshold(text.trim(), metric, comparison, limit);
    }

    private Metric metric(String name, int nameAt, List<String> args, List<Integer> argsAt) {
        Matcher p = PERCENTILE.matcher(name);
        if (p.matches()) {
            double percentile = Double.parseDouble(p.group(1));
            if (percentile <= 0 || percentile > 100) {
                at = nameAt;
                throw error("a percentile is between 0 and 100 (write p99.9, not p999)");
            }
            return new Metric.Percentile(action(one(name, nameAt, args), argsAt.get(0)), percentile);
        }
        switch (name) {
            case "failures" -> {
                if (args.size() > 2) {
                    at = argsAt.get(2);
                    throw error("failures takes at most an action and a reason");
                }
                String action = args.isEmpty() ? null : action(args.get(0), argsAt.get(0));
                String reason = args.size() < 2 ? null : reason(args.get(1), argsAt.get(1));
                return new Metric.Failures(action, reason);
            }
            case "connected" -> {
                if (!args.isEmpty()) {
                    at = argsAt.get(0);
                    throw error("connected takes no argument: it is the most agents connected at once");
                }
                return new Metric.Connected();
            }
            case "count" -> {
                return new Metric.Count(action(one(name, nameAt, args), argsAt.get(0)));
            }
            case "mean" -> {
                return new Metric.LatencyFigure("mean", action(one(name, nameAt, args), argsAt.get(0)),
                        LatencyStats::meanMs);
            }
            case "min", "max" -> {
                String arg = one(name, nameAt, args);
                Map<String, ToDoubleFunction<RegionHealth>> health = name.equals("min") ? HEALTH_MIN : HEALTH_MAX;
                if (health.containsKey(arg)) {
                    return new Metric.Health(name, arg, health.get(arg));
                }
                if (name.equals("max") && Action.byName(arg).isPresent()) {
                    return new Metric.LatencyFigure("max", Action.byName(arg).get().key(), LatencyStats::maxMs);
                }
                at = argsAt.get(0);
                throw error("cannot take " + name + " of '" + arg + "'; " + name + "() takes "
                        + String.join(", ", health.keySet().stream().sorted().toList())
                        + (name.equals("max") ? " or an action" : ""));
            }
            default -> {
                at = nameAt;
                throw error("unknown metric '" + name + "'; use pNN(action), mean(action), max(action), count(action),"
                        + " failures, failures(action[, reason]), connected, min(time_dilation|sim_fps|physics_fps),"
                        + " max(frame_ms|agents|pending_downloads|pending_uploads)");
            }
        }
    }

    private String one(String name, int nameAt, List<String> args) {
        if (args.size() != 1) {
            at = nameAt;
            throw error(name + "() takes exactly one name in brackets, e.g. " + name + "(login)");
        }
        return args.get(0);
    }

    private String action(String name, int nameAt) {
        return Action.byName(name).map(Action::key).orElseThrow(() -> {
            at = nameAt;
            return error("unknown action '" + name + "'; the actions are " + String.join(", ", Action.names()));
        });
    }

    private String reason(String name, int nameAt) {
        return Arrays.stream(FailureReason.values()).map(FailureReason::key).filter(name::equals).findFirst()
                .orElseThrow(() -> {
                    at = nameAt;
                    return error("unknown failure reason '" + name + "'; the reasons are " + String.join(", ",
                            Arrays.stream(FailureReason.values()).map(FailureReason::key).toList()));
                });
    }

    private String expect(Pattern pattern, String what) {
        Matcher m = pattern.matcher(text).region(at, text.length());
        if (!m.lookingAt()) {
            throw error("expected " + what + (at < text.length() ? " here" : " at the end"));
        }
        at = m.end();
        return m.group();
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private ThresholdSyntaxException error(String problem) {
        return new ThresholdSyntaxException(text, at, problem);
    }
}
