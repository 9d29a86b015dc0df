package io.gridprobe.protocol.types;

/** LLVector3d: three little-endian doubles, used for global (grid-wide) positions. */
public record Vector3d(double x, double y, double z) {
    @Override
    public String toString() {
        return "<" + x + ", " + y + ", " + z + ">";
    }
}
