package io.gridprobe.protocol.llsd;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The eleven LLSD types and the Java class that stands for each (see {@code package-info}). */
public enum LlsdType {
    UNDEF, BOOLEAN, INTEGER, REAL, STRING, UUID, DATE, URI, BINARY, MAP, ARRAY;

    /**
     * Classifies a value of the LLSD object model.
     *
     * @throws IllegalArgumentException for a Java type that is not part of the model (e.g. {@code Long}):
     *                                  formatters must not guess a wire type
     */
    public static LlsdType of(Object value) {
        if (value == null) {
            return UNDEF;
        } else if (value instanceof Boolean) {
            return BOOLEAN;
        } else if (value instanceof Integer) {
            return INTEGER;
        } else if (value instanceof Double) {
            return REAL;
        } else if (value instanceof String) {
            return STRING;
        } else if (value instanceof java.util.UUID) {
            return UUID;
        } else if (value instanceof Instant) {
            return DATE;
        } else if (value instanceof java.net.URI) {
            return URI;
        } else if (value instanceof byte[]) {
            return BINARY;
        } else if (value instanceof Map) {
            return MAP;
        } else if (value instanceof List) {
            return ARRAY;
        }
        throw new IllegalArgumentException("not an LLSD value type: " + value.getClass().getName());
    }

    /** Lower-case LLSD name, as used for XML element names. */
    public String llsdName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
