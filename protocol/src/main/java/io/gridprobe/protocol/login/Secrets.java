package io.gridprobe.protocol.login;

import java.net.URI;

/** Masks credentials for {@code toString()}: logs and reports must never carry a usable session. */
final class Secrets {
    static final String HIDDEN = "***";

    private Secrets() {
    }

    /** {@code ****818e}: enough to tell sessions apart in a log, not enough to hijack one. */
    static String tail(Object secret) {
        if (secret == null) {
            return "null";
        }
        String s = secret.toString();
        return s.length() <= 8 ? "****" : "****" + s.substring(s.length() - 4);
    }

    /** Capability URLs are bearer secrets: keep scheme and host, mask the path. */
    static String uri(URI uri) {
        if (uri == null) {
            return "null";
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return (uri.getScheme() == null ? "" : uri.getScheme() + "://")
                + (uri.getRawAuthority() == null ? "" : uri.getRawAuthority()) + "/" + tail(path);
    }
}
