package io.gridprobe.protocol.http;

import java.net.URI;

/**
 * Capability URLs (seed, event queue, every cap) are bearer tokens: whoever has one acts as the agent. Messages,
 * logs and traces show them as scheme, host and a short prefix of the path, enough to tell which service answered.
 */
public final class CapabilityUris {
    /** Characters of the path kept: "/CAPS/6932" or "/5ec1e446", never a whole id. */
    private static final int PATH_PREFIX = 9;

    private CapabilityUris() {
    }

    /** {@code http://127.0.0.1:9000/CAPS/6932…}. */
    public static String redact(URI uri) {
        if (uri == null) {
            return "null";
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String shown = path.length() <= PATH_PREFIX ? path : path.substring(0, PATH_PREFIX) + "…";
        return (uri.getScheme() == null ? "" : uri.getScheme() + "://")
                + (uri.getRawAuthority() == null ? "" : uri.getRawAuthority()) + shown;
    }

    /** {@link #redact(URI)} for a string that may not even be a URI. */
    public static String redact(String uri) {
        if (uri == null) {
            return "null";
        }
        try {
            return redact(URI.create(uri.strip()));
        } catch (IllegalArgumentException notAUri) {
            return uri.length() <= PATH_PREFIX ? uri : uri.substring(0, PATH_PREFIX) + "…";
        }
    }
}
