package io.gridprobe.harness.junit;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.ClassDescriptor;

/**
 * Starts the scenario classes that took longest last time first, so that a parallel run does not end with one long
 * class (a border crossing) running alone after the short ones finished. Durations come from the configuration
 * parameter {@value #DURATIONS} ("SimpleClassName=millis,..."; {@code gridprobe run} reads them from the previous
 * report); a class without one goes first, as it may be long; equal ones keep JUnit's order.
 */
public final class LongestFirst implements ClassOrderer {
    public static final String DURATIONS = "gridprobe.classDurations";

    @Override
    public void orderClasses(ClassOrdererContext context) {
        Map<String, Long> took = parse(context.getConfigurationParameter(DURATIONS).orElse(""));
        context.getClassDescriptors().sort(Comparator.comparingLong(
                (ClassDescriptor d) -> took.getOrDefault(d.getTestClass().getSimpleName(), Long.MAX_VALUE)).reversed());
    }

    static Map<String, Long> parse(String text) {
        Map<String, Long> out = new HashMap<>();
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    out.put(pair.substring(0, eq).trim(), Long.parseLong(pair.substring(eq + 1).trim()));
                } catch (NumberFormatException ignored) {
                    // a damaged entry only loses that class's place in the order
                }
            }
        }
        return out;
    }
}
