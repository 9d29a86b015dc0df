package io.gridprobe.protocol.template;

/** How a message number is written on the wire; the frequency decides the width of the number. */
public enum Frequency {
    /** One byte, 1..254. */
    HIGH,
    /** {@code FF} then one byte. */
    MEDIUM,
    /** {@code FF FF} then two bytes, big-endian. */
    LOW,
    /** Written as a full 32-bit number in the template; on the wire it is a Low message 0xFFFB..0xFFFD. */
    FIXED;

    static Frequency parse(String token) {
        return switch (token) {
            case "High" -> HIGH;
            case "Medium" -> MEDIUM;
            case "Low" -> LOW;
            case "Fixed" -> FIXED;
            default -> throw new IllegalArgumentException("unknown frequency '" + token + "'");
        };
    }

    public String templateName() {
        return switch (this) {
            case HIGH -> "High";
            case MEDIUM -> "Medium";
            case LOW -> "Low";
            case FIXED -> "Fixed";
        };
    }
}
