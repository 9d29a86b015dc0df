package io.gridprobe.protocol.login;

import java.util.Objects;

/** Where a login asks to arrive: the {@code start} field of the login request. */
public sealed interface StartLocation {
    /** The exact text sent in the request. */
    String wireValue();

    static StartLocation last() {
        return Last.INSTANCE;
    }

    static StartLocation home() {
        return Home.INSTANCE;
    }

    /** {@code uri:Region&x&y&z}: a region by name and a position in region metres. */
    static StartLocation uri(String region, int x, int y, int z) {
        return new Region(region, x, y, z);
    }

    /** Reads a {@code start} value; anything unrecognised is kept verbatim as {@link Other}. */
    static StartLocation parse(String text) {
        String s = text.strip();
        if (s.equalsIgnoreCase("last")) {
            return last();
        }
        if (s.equalsIgnoreCase("home")) {
            return home();
        }
        if (s.startsWith("uri:")) {
            String[] parts = s.substring(4).split("&", -1);
            if (parts.length == 4 && !parts[0].isEmpty()) {
                try {
                    return new Region(parts[0], coordinate(parts[1]), coordinate(parts[2]), coordinate(parts[3]));
                } catch (NumberFormatException e) {
                    // fall through: keep the text as given
                }
            }
        }
        return new Other(text);
    }

    /** Viewers send whole metres; a fractional one is rounded rather than refused. */
    private static int coordinate(String s) {
        return (int) Math.round(Double.parseDouble(s.strip()));
    }

    enum Last implements StartLocation {
        INSTANCE;

        @Override
        public String wireValue() {
            return "last";
        }

        @Override
        public String toString() {
            return wireValue();
        }
    }

    enum Home implements StartLocation {
        INSTANCE;

        @Override
        public String wireValue() {
            return "home";
        }

        @Override
        public String toString() {
            return wireValue();
        }
    }

    record Region(String region, int x, int y, int z) implements StartLocation {
        public Region {
            Objects.requireNonNull(region, "region");
            if (region.isBlank() || region.contains("&")) {
                throw new IllegalArgumentException("bad region name for a start location: '" + region + "'");
            }
        }

        @Override
        public String wireValue() {
            return "uri:" + region + "&" + x + "&" + y + "&" + z;
        }
    }

    record Other(String wireValue) implements StartLocation {
        public Other {
            Objects.requireNonNull(wireValue, "wireValue");
        }
    }
}
