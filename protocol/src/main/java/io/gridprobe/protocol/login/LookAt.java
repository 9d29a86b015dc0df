package io.gridprobe.protocol.login;

import io.gridprobe.protocol.llsd.LlsdNotation;
import io.gridprobe.protocol.llsd.LlsdParseException;
import java.util.List;
import java.util.Optional;

/** A direction vector as the login response writes it: the notation-like string {@code [r0.99,r0.1,r0]}. */
public record LookAt(double x, double y, double z) {
    /** Facing north (+y), what OpenSim sends for a fresh avatar. */
    public static final LookAt NORTH = new LookAt(0, 1, 0);

    /**
     * Reads {@code [r0,r1,r0]}; also tolerates plain numbers ({@code [0, 1, 0]}) which some grids write.
     * Empty when the text is not a 3-vector.
     */
    public static Optional<LookAt> parse(String text) {
        try {
            if (LlsdNotation.parse(text) instanceof List<?> list && list.size() == 3
                    && list.stream().allMatch(n -> n instanceof Number)) {
                return Optional.of(new LookAt(((Number) list.get(0)).doubleValue(),
                        ((Number) list.get(1)).doubleValue(), ((Number) list.get(2)).doubleValue()));
            }
        } catch (LlsdParseException notNotation) {
            // fall back to the loose form below
        }
        String[] parts = text.replaceAll("[\\[\\]r\\s]", "").split(",");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LookAt(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The wire form, e.g. {@code [r0,r1,r0]}. */
    public String toLoginString() {
        return LlsdNotation.format(List.of(x, y, z));
    }
}
