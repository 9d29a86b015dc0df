package io.gridprobe.protocol.login;

import io.gridprobe.protocol.xmlrpc.XmlRpc;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A refused login. Reasons seen on real grids: "key" (wrong password), "presence" (still logged in; a retry
 * ~3 s later succeeds), "indeterminate" (retry at {@code next_url} with {@code next_method}, both in
 * {@link #raw()}); "xmlrpc-fault" and "malformed" are ours.
 */
public record LoginFailure(String reason, String message, Map<String, Object> raw) implements LoginResponse {
    public LoginFailure {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        raw = Collections.unmodifiableMap(new LinkedHashMap<>(raw));
    }

    /** A failure to send from a login server. */
    public static LoginFailure of(String reason, String message) {
        return new LoginFailure(reason, message, Map.of());
    }

    public boolean isIndeterminate() {
        return reason.equals("indeterminate");
    }

    public Optional<String> nextUrl() {
        return Optional.ofNullable(raw.get("next_url")).map(Object::toString);
    }

    /** OpenSim's form: {@code login}="false" with reason and message, after any other raw members. */
    @Override
    public String toXmlRpcResponse() {
        Map<String, Object> s = new LinkedHashMap<>(raw);
        s.put("reason", reason);
        s.put("message", message);
        s.put("login", "false");
        return XmlRpc.encodeResponse(s);
    }

    @Override
    public String toString() {
        return "LoginFailure[reason=" + reason + ", message=" + message + "]";
    }
}
