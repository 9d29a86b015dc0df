package io.gridprobe.protocol.types;

/**
 * LLQuaternion. Only x, y and z travel on the wire; w is derived on decode so that the quaternion is a unit one,
 * which is why encoding writes three floats and ignores w.
 */
public record Quaternion(float x, float y, float z, float w) {
    public static final Quaternion IDENTITY = new Quaternion(0, 0, 0, 1);

    /** The unit quaternion with these x, y, z (w = sqrt(1 - x² - y² - z²), 0 when that is negative). */
    public static Quaternion fromWire(float x, float y, float z) {
        double t = 1.0 - ((double) x * x + (double) y * y + (double) z * z);
        return new Quaternion(x, y, z, t > 0 ? (float) Math.sqrt(t) : 0f);
    }

    @Override
    public String toString() {
        return "<" + x + ", " + y + ", " + z + ", " + w + ">";
    }
}
