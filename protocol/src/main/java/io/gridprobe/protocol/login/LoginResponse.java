package io.gridprobe.protocol.login;

import io.gridprobe.protocol.llsd.Llsd;
import io.gridprobe.protocol.xmlrpc.XmlRpc;
import io.gridprobe.protocol.xmlrpc.XmlRpcFaultException;
import java.util.Map;

/**
 * The outcome of {@code login_to_simulator}: {@link LoginSuccess} or {@link LoginFailure}. Either keeps the
 * whole decoded struct in {@link #raw()} for fields not modelled here.
 */
public sealed interface LoginResponse permits LoginSuccess, LoginFailure {
    Map<String, Object> raw();

    /** The methodResponse body a login server sends for this outcome. */
    String toXmlRpcResponse();

    /**
     * Decodes a login server's HTTP body. An XML-RPC fault becomes a failure with reason
     * {@code "xmlrpc-fault"}, so callers see every refusal the same way.
     *
     * @throws io.gridprobe.protocol.xmlrpc.XmlRpcException when the body is not valid XML-RPC
     * @throws LoginFormatException                         when a success lacks a field login needs
     */
    static LoginResponse parse(byte[] body) {
        Object value;
        try {
            value = XmlRpc.decodeResponse(body);
        } catch (XmlRpcFaultException fault) {
            return new LoginFailure("xmlrpc-fault", fault.faultString(),
                    Llsd.mapOf("faultCode", fault.faultCode(), "faultString", fault.faultString()));
        }
        return fromValue(value);
    }

    /**
     * Classifies a decoded response struct by its {@code login} member: "true" (or boolean true) is a success;
     * "false" a failure; "indeterminate" (the grid wants the client to retry at {@code next_url}) a failure
     * with reason "indeterminate".
     */
    @SuppressWarnings("unchecked")
    static LoginResponse fromValue(Object value) {
        if (!(value instanceof Map)) {
            throw new LoginFormatException("malformed login response: expected a struct but got "
                    + Llsd.typeName(value));
        }
        Map<String, Object> raw = (Map<String, Object>) value;
        Object login = raw.get("login");
        String flag = login == null ? "" : login.toString().strip().toLowerCase(java.util.Locale.ROOT);
        LoginValues v = new LoginValues(raw, "login response");
        return switch (flag) {
            case "true" -> LoginSuccess.fromStruct(raw);
            case "indeterminate" -> new LoginFailure("indeterminate", v.string("message", ""), raw);
            case "false" -> new LoginFailure(v.string("reason", "unknown"), v.string("message", ""), raw);
            default -> new LoginFailure("malformed", "login response has no usable 'login' member: " + login, raw);
        };
    }
}
