package io.gridprobe.protocol.xmlrpc;

import java.util.List;
import java.util.Objects;

/** A decoded (or to-be-encoded) methodCall: the method name and its positional parameters. */
public record XmlRpcCall(String method, List<Object> params) {
    public XmlRpcCall {
        Objects.requireNonNull(method, "method");
        // Not List.copyOf: XML-RPC <nil/> parameters are null.
        params = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(params));
    }

    /** The parameter at {@code index}, or a typed error naming the call when it is missing. */
    public Object param(int index) {
        if (index >= params.size()) {
            throw new XmlRpcException("malformed XML-RPC call: " + method + " has " + params.size()
                    + " parameters, wanted #" + index);
        }
        return params.get(index);
    }
}
