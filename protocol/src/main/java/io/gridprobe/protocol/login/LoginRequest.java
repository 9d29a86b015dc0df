package io.gridprobe.protocol.login;

import io.gridprobe.protocol.xmlrpc.XmlRpc;
import io.gridprobe.protocol.xmlrpc.XmlRpcCall;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code login_to_simulator} request a viewer sends. {@code password} may be plain text or already
 * the {@code $1$}+md5 form the wire carries (a request decoded by {@link #fromCall} holds the hash).
 * {@link #toString()} never shows either.
 *
 * @param extra further struct members sent after the standard ones (e.g. node-metaverse's major/minor/
 *              patch/build, token, mfa_hash); they may not repeat a standard member
 */
public record LoginRequest(String first, String last, String password, StartLocation start, String channel,
                           String version, String platform, String platformVersion, String mac, String id0,
                           boolean agreeToTos, boolean readCritical, String viewerDigest, List<String> options,
                           Map<String, Object> extra) {
    public static final String METHOD = "login_to_simulator";

    /** What a current viewer asks for; grids ignore options they do not know. */
    public static final List<String> DEFAULT_OPTIONS = List.of("inventory-root", "inventory-skeleton",
            "inventory-lib-root", "inventory-lib-owner", "inventory-skel-lib", "initial-outfit", "gestures",
            "display_names", "event_categories", "event_notifications", "classified_categories", "adult_compliant",
            "buddy-list", "newuser-config", "ui-config", "advanced-mode", "max-agent-groups", "map-server-url",
            "voice-config", "tutorial_setting", "login-flags", "global-textures", "currency", "max_groups", "search",
            "destination_guide_url", "avatar_picker_url");

    private static final Set<String> STANDARD = Set.of("first", "last", "passwd", "start", "channel", "version",
            "platform", "platform_version", "mac", "id0", "agree_to_tos", "read_critical", "viewer_digest", "options");

    public LoginRequest {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(start, "start");
        options = List.copyOf(options);
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
        for (String key : extra.keySet()) {
            if (STANDARD.contains(key)) {
                throw new IllegalArgumentException("'" + key + "' is a standard login field, not an extra");
            }
        }
    }

    public static Builder builder(String first, String last, String password) {
        return new Builder(first, last, password);
    }

    /** {@code $1$} + lower-case hex md5 of the password, unless it is already in that form. */
    public String passwordHash() {
        return hashPassword(password);
    }

    public static String hashPassword(String password) {
        if (password.startsWith("$1$")) {
            return password;
        }
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(password.getBytes(StandardCharsets.UTF_8));
            return "$1$" + HexFormat.of().formatHex(md5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }

    /** The request struct, members in the order viewers send them. */
    public Map<String, Object> toStruct() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("first", first);
        s.put("last", last);
        s.put("passwd", passwordHash());
        s.put("start", start.wireValue());
        putIfSet(s, "channel", channel);
        putIfSet(s, "version", version);
        putIfSet(s, "platform", platform);
        putIfSet(s, "platform_version", platformVersion);
        putIfSet(s, "mac", mac);
        putIfSet(s, "id0", id0);
        s.put("agree_to_tos", agreeToTos);
        s.put("read_critical", readCritical);
        putIfSet(s, "viewer_digest", viewerDigest);
        s.put("options", new ArrayList<Object>(options));
        s.putAll(extra);
        return s;
    }

    /** The complete XML-RPC methodCall body. */
    public String toXmlRpc() {
        return XmlRpc.encodeCall(METHOD, List.of(toStruct()));
    }

    /**
     * Reads a decoded methodCall (the server side of login).
     *
     * @throws LoginFormatException when the method or a required member (first, last, passwd) is wrong
     */
    @SuppressWarnings("unchecked")
    public static LoginRequest fromCall(XmlRpcCall call) {
        if (!METHOD.equals(call.method())) {
            throw new LoginFormatException("malformed login request: method is '" + call.method() + "', not " + METHOD);
        }
        if (call.params().isEmpty() || !(call.params().get(0) instanceof Map)) {
            throw new LoginFormatException("malformed login request: first parameter is not a struct");
        }
        Map<String, Object> s = (Map<String, Object>) call.params().get(0);
        LoginValues v = new LoginValues(s, "login request");
        List<String> options = new ArrayList<>();
        if (v.has("options")) {
            if (!(s.get("options") instanceof List<?> list)) {
                throw v.error("options", "expected an array");
            }
            list.forEach(o -> options.add(String.valueOf(o)));
        }
        Map<String, Object> extra = new LinkedHashMap<>(s);
        extra.keySet().removeAll(STANDARD);
        return new LoginRequest(v.string("first"), v.string("last"), v.string("passwd"),
                StartLocation.parse(v.string("start", "last")), v.string("channel", null), v.string("version", null),
                v.string("platform", null), v.string("platform_version", null), v.string("mac", null),
                v.string("id0", null), v.bool("agree_to_tos", false), v.bool("read_critical", false),
                v.string("viewer_digest", null), options, extra);
    }

    @Override
    public String toString() {
        return "LoginRequest[first=" + first + ", last=" + last + ", password=" + Secrets.HIDDEN + ", start="
                + start.wireValue() + ", channel=" + channel + ", version=" + version + ", platform=" + platform
                + ", platformVersion=" + platformVersion + ", mac=" + mac + ", id0=" + id0 + ", agreeToTos="
                + agreeToTos + ", readCritical=" + readCritical + ", viewerDigest=" + viewerDigest + ", options="
                + options + ", extra=" + extra.keySet() + "]";
    }

    private static void putIfSet(Map<String, Object> s, String key, String value) {
        if (value != null) {
            s.put(key, value);
        }
    }

    /** Builder with viewer-like defaults: start last, channel "gridprobe", platform "lnx", all options. */
    public static final class Builder {
        private final String first;
        private final String last;
        private final String password;
        private StartLocation start = StartLocation.last();
        private String channel = "gridprobe";
        private String version = "0.1.0";
        private String platform = "lnx";
        private String platformVersion;
        private String mac = "00:00:00:00:00:00";
        private String id0 = "00000000000000000000000000000000";
        private boolean agreeToTos = true;
        private boolean readCritical = true;
        private String viewerDigest;
        private List<String> options = DEFAULT_OPTIONS;
        private final Map<String, Object> extra = new LinkedHashMap<>();

        private Builder(String first, String last, String password) {
            this.first = first;
            this.last = last;
            this.password = password;
        }

        public Builder start(StartLocation start) {
            this.start = start;
            return this;
        }

        public Builder channel(String channel) {
            this.channel = channel;
            return this;
        }

        public Builder version(String version) {
            this.version = version;
            return this;
        }

        public Builder platform(String platform) {
            this.platform = platform;
            return this;
        }

        public Builder platformVersion(String platformVersion) {
            this.platformVersion = platformVersion;
            return this;
        }

        public Builder mac(String mac) {
            this.mac = mac;
            return this;
        }

        public Builder id0(String id0) {
            this.id0 = id0;
            return this;
        }

        public Builder agreeToTos(boolean agreeToTos) {
            this.agreeToTos = agreeToTos;
            return this;
        }

        public Builder readCritical(boolean readCritical) {
            this.readCritical = readCritical;
            return this;
        }

        public Builder viewerDigest(String viewerDigest) {
            this.viewerDigest = viewerDigest;
            return this;
        }

        public Builder options(List<String> options) {
            this.options = options;
            return this;
        }

        public Builder extra(String key, Object value) {
            extra.put(key, value);
            return this;
        }

        public LoginRequest build() {
            return new LoginRequest(first, last, password, start, channel, version, platform, platformVersion, mac,
                    id0, agreeToTos, readCritical, viewerDigest, options, extra);
        }
    }
}
