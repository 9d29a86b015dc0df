/**
 * XML-RPC encoding and decoding ({@link io.gridprobe.protocol.xmlrpc.XmlRpc}), used by the grid login
 * service. Login-specific types live in {@code io.gridprobe.protocol.login}.
 */
package io.gridprobe.protocol.xmlrpc;
