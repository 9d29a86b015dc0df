package io.gridprobe.protocol.types;

/** LLVector3: three little-endian floats (metres or metres per second in region coordinates). */
public record Vector3(float x, float y, float z) {
    public static final Vector3 ZERO = new Vector3(0, 0, 0);

    public double distanceTo(Vector3 o) {
        double dx = x - o.x;
        double dy = y - o.y;
        double dz = z - o.z;
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    public Vector3 plus(Vector3 o) {
        return new Vector3(x + o.x, y + o.y, z + o.z);
    }

    @Override
    public String toString() {
        return "<" + x + ", " + y + ", " + z + ">";
    }
}
