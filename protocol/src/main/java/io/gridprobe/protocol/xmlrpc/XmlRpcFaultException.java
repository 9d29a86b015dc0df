package io.gridprobe.protocol.xmlrpc;

/** A well-formed methodResponse that carries a {@code <fault>} instead of a result. */
public class XmlRpcFaultException extends XmlRpcException {
    private final int faultCode;
    private final String faultString;

    public XmlRpcFaultException(int faultCode, String faultString) {
        super("XML-RPC fault " + faultCode + ": " + faultString);
        this.faultCode = faultCode;
        this.faultString = faultString;
    }

    public int faultCode() {
        return faultCode;
    }

    public String faultString() {
        return faultString;
    }
}
