package io.gridprobe.protocol.xmlrpc;

import io.gridprobe.protocol.ProtocolException;

/** A malformed, hostile or over-limit XML-RPC document (message says whether it was a call or a response). */
public class XmlRpcException extends ProtocolException {
    public XmlRpcException(String message) {
        super(message);
    }

    public XmlRpcException(String message, Throwable cause) {
        super(message, cause);
    }
}
