package io.gridprobe.protocol.login;

import io.gridprobe.protocol.llsd.LlsdBinaryFields;
import io.gridprobe.protocol.xmlrpc.XmlRpc;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A successful login: what the client needs to join the region, plus the whole struct in {@link #raw()}.
 *
 * @param circuitCode  the U32 circuit code (as unsigned; OpenSim sends it as i4)
 * @param regionX      west edge of the start region in global metres ({@code region_x})
 * @param regionY      south edge in global metres ({@code region_y})
 * @param regionSizeX  region width in metres; 256 when the grid does not say
 * @param lookAt       initial facing, or {@code null} when absent or unreadable
 * @param inventoryRoot the agent's root folder, or {@code null} when the grid did not send it
 */
public record LoginSuccess(UUID agentId, UUID sessionId, UUID secureSessionId, long circuitCode, String simIp,
                           int simPort, URI seedCapability, int regionX, int regionY, int regionSizeX,
                           int regionSizeY, LookAt lookAt, String startLocation, String firstName, String lastName,
                           String message, UUID inventoryRoot, List<InventoryFolder> inventorySkeleton,
                           List<Buddy> buddyList, long secondsSinceEpoch, Map<String, Object> raw)
        implements LoginResponse {
    public static final int DEFAULT_REGION_SIZE = 256;

    public LoginSuccess {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(secureSessionId, "secureSessionId");
        Objects.requireNonNull(simIp, "simIp");
        Objects.requireNonNull(seedCapability, "seedCapability");
        inventorySkeleton = List.copyOf(inventorySkeleton);
        buddyList = List.copyOf(buddyList);
        raw = Collections.unmodifiableMap(new LinkedHashMap<>(raw));
    }

    /**
     * This response without {@link #raw()}, the whole struct as the grid sent it: what a client of thousands of agents
     * keeps, when only the parsed fields are read (the raw struct is most of a response's memory).
     */
    public LoginSuccess withoutRaw() {
        return new LoginSuccess(agentId, sessionId, secureSessionId, circuitCode, simIp, simPort, seedCapability,
                regionX, regionY, regionSizeX, regionSizeY, lookAt, startLocation, firstName, lastName, message,
                inventoryRoot, inventorySkeleton, buddyList, secondsSinceEpoch, Map.of());
    }

    /** {@code region_x << 32 | region_y}, the handle UDP messages and the event queue use. */
    public long regionHandle() {
        return LlsdBinaryFields.regionHandle(regionX, regionY);
    }

    static LoginSuccess fromStruct(Map<String, Object> raw) {
        LoginValues v = new LoginValues(raw, "login response");
        List<Map<String, Object>> roots = v.structs("inventory-root");
        UUID inventoryRoot = roots.isEmpty() ? null
                : new LoginValues(roots.get(0), "inventory-root entry").uuid("folder_id");
        return new LoginSuccess(v.uuid("agent_id"), v.uuid("session_id"), v.uuid("secure_session_id"),
                v.number("circuit_code") & 0xFFFF_FFFFL, v.string("sim_ip").strip(), v.integer("sim_port"),
                v.uri("seed_capability"), v.integer("region_x"), v.integer("region_y"),
                v.integer("region_size_x", DEFAULT_REGION_SIZE), v.integer("region_size_y", DEFAULT_REGION_SIZE),
                v.has("look_at") ? LookAt.parse(v.string("look_at")).orElse(null) : null,
                v.string("start_location", null), unquote(v.string("first_name", "")),
                unquote(v.string("last_name", "")), v.string("message", ""), inventoryRoot,
                v.structs("inventory-skeleton").stream().map(InventoryFolder::fromStruct).toList(),
                v.structs("buddy-list").stream().map(Buddy::fromStruct).toList(),
                v.has("seconds_since_epoch") ? v.number("seconds_since_epoch") : 0L, raw);
    }

    /** Second Life quotes names ({@code "Resident"}); OpenSim does not. */
    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /**
     * The methodResponse a login server sends: OpenSim's member names and types (ids and addresses as
     * strings, numbers as i4, {@code login} = "true", {@code look_at} and {@code home} as notation strings),
     * starting from {@link #raw()}, then the members a viewer or node-metaverse expects when raw lacks them,
     * then the typed fields of this record.
     */
    @Override
    public String toXmlRpcResponse() {
        return XmlRpc.encodeResponse(toStruct());
    }

    /** The response struct {@link #toXmlRpcResponse()} encodes. */
    public Map<String, Object> toStruct() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("login", "true");
        s.putAll(raw);
        LookAt facing = lookAt == null ? LookAt.NORTH : lookAt;
        defaults(s, facing);
        s.put("login", "true");
        s.put("agent_id", agentId.toString());
        s.put("session_id", sessionId.toString());
        s.put("secure_session_id", secureSessionId.toString());
        s.put("circuit_code", (int) circuitCode); // i4 as OpenSim sends it; codes >= 2^31 wrap, clients read U32
        s.put("sim_ip", simIp);
        s.put("sim_port", simPort);
        s.put("seed_capability", seedCapability.toString());
        s.put("region_x", regionX);
        s.put("region_y", regionY);
        s.put("region_size_x", regionSizeX);
        s.put("region_size_y", regionSizeY);
        s.put("look_at", facing.toLoginString());
        if (startLocation != null) {
            s.put("start_location", startLocation);
        }
        s.put("first_name", firstName);
        s.put("last_name", lastName);
        s.put("message", message);
        if (inventoryRoot != null) {
            s.put("inventory-root", List.of(Map.of("folder_id", inventoryRoot.toString())));
        }
        s.put("inventory-skeleton", new ArrayList<Object>(inventorySkeleton.stream().map(InventoryFolder::toStruct).toList()));
        s.put("buddy-list", new ArrayList<Object>(buddyList.stream().map(Buddy::toStruct).toList()));
        // i4 like OpenSim while it fits (until 2038), i8 after rather than a wrapped time
        s.put("seconds_since_epoch", secondsSinceEpoch == (int) secondsSinceEpoch
                ? (Object) (int) secondsSinceEpoch : (Object) secondsSinceEpoch);
        return s;
    }

    /** Members OpenSim always sends and clients read without checking; only filled in when absent. */
    private void defaults(Map<String, Object> s, LookAt facing) {
        s.putIfAbsent("start_location", "last");
        s.putIfAbsent("http_port", 0);
        s.putIfAbsent("agent_access", "M");
        s.putIfAbsent("agent_access_max", "A");
        s.putIfAbsent("max-agent-groups", 42);
        // node-metaverse turns this into JSON by replacing [ ] ' with ": keep OpenSim's exact shape.
        s.putIfAbsent("home", "{'region_handle':[r" + regionX + ",r" + regionY + "], 'position':[r128,r128,r0], "
                + "'look_at':" + facing.toLoginString() + "}");
        s.putIfAbsent("login-flags", List.of(Map.of("daylight_savings", "N", "ever_logged_in", "Y",
                "stipend_since_login", "N", "gendered", "Y")));
        s.putIfAbsent("ui-config", List.of(Map.of("allow_first_life", "Y")));
        s.putIfAbsent("event_categories", List.of());
        s.putIfAbsent("event_notifications", List.of());
        s.putIfAbsent("classified_categories", List.of());
        s.putIfAbsent("gestures", List.of());
    }

    @Override
    public String toString() {
        return "LoginSuccess[agentId=" + agentId + ", sessionId=" + Secrets.tail(sessionId) + ", secureSessionId="
                + Secrets.tail(secureSessionId) + ", circuitCode=" + circuitCode + ", sim=" + simIp + ":" + simPort
                + ", seedCapability=" + Secrets.uri(seedCapability) + ", region=" + regionX + "," + regionY
                + " (" + regionSizeX + "x" + regionSizeY + "), lookAt=" + lookAt + ", startLocation=" + startLocation
                + ", name=" + firstName + " " + lastName + ", message=" + message + ", inventoryRoot=" + inventoryRoot
                + ", inventorySkeleton=" + inventorySkeleton.size() + " folders, buddyList=" + buddyList.size()
                + " buddies, secondsSinceEpoch=" + secondsSinceEpoch + ", raw=" + raw.size() + " members]";
    }

    public static Builder builder() {
        return new Builder();
    }

    /** For login servers: set what the client needs; the rest has OpenSim-like defaults. */
    public static final class Builder {
        private UUID agentId;
        private UUID sessionId = UUID.randomUUID();
        private UUID secureSessionId = UUID.randomUUID();
        private long circuitCode;
        private String simIp = "127.0.0.1";
        private int simPort;
        private URI seedCapability;
        private int regionX;
        private int regionY;
        private int regionSizeX = DEFAULT_REGION_SIZE;
        private int regionSizeY = DEFAULT_REGION_SIZE;
        private LookAt lookAt = LookAt.NORTH;
        private String startLocation = "last";
        private String firstName = "";
        private String lastName = "";
        private String message = "";
        private UUID inventoryRoot;
        private List<InventoryFolder> inventorySkeleton = List.of();
        private List<Buddy> buddyList = List.of();
        private long secondsSinceEpoch = System.currentTimeMillis() / 1000;
        private final Map<String, Object> raw = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder agentId(UUID v) {
            agentId = v;
            return this;
        }

        public Builder sessionId(UUID v) {
            sessionId = v;
            return this;
        }

        public Builder secureSessionId(UUID v) {
            secureSessionId = v;
            return this;
        }

        public Builder circuitCode(long v) {
            if (v < 0 || v > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("circuit code is a U32: " + v);
            }
            circuitCode = v;
            return this;
        }

        public Builder sim(String ip, int port) {
            simIp = ip;
            simPort = port;
            return this;
        }

        public Builder seedCapability(URI v) {
            seedCapability = v;
            return this;
        }

        /** Region position in global metres (grid coordinates × 256 for standard regions). */
        public Builder region(int xMetres, int yMetres) {
            regionX = xMetres;
            regionY = yMetres;
            return this;
        }

        public Builder regionSize(int x, int y) {
            regionSizeX = x;
            regionSizeY = y;
            return this;
        }

        public Builder lookAt(LookAt v) {
            lookAt = v;
            return this;
        }

        public Builder startLocation(String v) {
            startLocation = v;
            return this;
        }

        public Builder name(String first, String last) {
            firstName = first;
            lastName = last;
            return this;
        }

        public Builder message(String v) {
            message = v;
            return this;
        }

        public Builder inventoryRoot(UUID v) {
            inventoryRoot = v;
            return this;
        }

        public Builder inventorySkeleton(List<InventoryFolder> v) {
            inventorySkeleton = v;
            return this;
        }

        public Builder buddyList(List<Buddy> v) {
            buddyList = v;
            return this;
        }

        public Builder secondsSinceEpoch(long v) {
            secondsSinceEpoch = v;
            return this;
        }

        /** Any further response member (e.g. {@code inventory-lib-root}, {@code map-server-url}). */
        public Builder extra(String key, Object value) {
            raw.put(key, value);
            return this;
        }

        public LoginSuccess build() {
            return new LoginSuccess(agentId, sessionId, secureSessionId, circuitCode, simIp, simPort, seedCapability,
                    regionX, regionY, regionSizeX, regionSizeY, lookAt, startLocation, firstName, lastName, message,
                    inventoryRoot, inventorySkeleton, buddyList, secondsSinceEpoch, raw);
        }
    }
}
