package io.gridprobe.harness.movement;

import io.gridprobe.protocol.types.Quaternion;
import io.gridprobe.protocol.types.Vector3;

/**
 * Which way the avatar faces on the ground: an angle counter-clockwise from east (+x), in radians. North is +y, as
 * on the world map.
 */
public record Heading(double radians) {
    public static final Heading EAST = new Heading(0);
    public static final Heading NORTH = new Heading(Math.PI / 2);
    public static final Heading WEST = new Heading(Math.PI);
    public static final Heading SOUTH = new Heading(3 * Math.PI / 2);

    public Heading {
        if (!Double.isFinite(radians)) {
            throw new IllegalArgumentException("heading must be finite: " + radians);
        }
        radians = ((radians % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
    }

    public static Heading degrees(double degrees) {
        return new Heading(Math.toRadians(degrees));
    }

    /** The heading from one point towards another on the ground (east when they coincide). */
    public static Heading towards(Vector3 from, Vector3 to) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        return Math.abs(dx) < 1e-6 && Math.abs(dy) < 1e-6 ? EAST : new Heading(Math.atan2(dy, dx));
    }

    /** The body rotation that faces this way: a turn about the vertical axis. */
    public Quaternion rotation() {
        return new Quaternion(0, 0, (float) Math.sin(radians / 2), (float) Math.cos(radians / 2));
    }

    /** The unit vector ahead. */
    public Vector3 forward() {
        return new Vector3((float) Math.cos(radians), (float) Math.sin(radians), 0);
    }

    /** The unit vector to the left. */
    public Vector3 left() {
        return new Vector3((float) -Math.sin(radians), (float) Math.cos(radians), 0);
    }

    @Override
    public String toString() {
        return Math.round(Math.toDegrees(radians)) + "°";
    }
}
