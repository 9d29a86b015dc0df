package io.gridprobe.harness.config;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${NAME}} (and {@code ${NAME:-default}}) in configuration values with environment variables, so
 * that secrets stay out of files that get committed. A missing variable without a default is an error that names it.
 */
final class EnvInterpolator {
    private static final Pattern VAR = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

    private EnvInterpolator() {
    }

    static String interpolate(String value, Map<String, String> env, String where) {
        if (value == null || !value.contains("${")) {
            return value;
        }
        Matcher m = VAR.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = env.get(m.group(1));
            if (v == null) {
                v = m.group(2);
            }
            if (v == null) {
                throw new ConfigurationException(where + " refers to environment variable " + m.group(1) + ", which is not set");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }
}
