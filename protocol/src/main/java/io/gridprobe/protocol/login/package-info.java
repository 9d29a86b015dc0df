/**
 * The XML-RPC login exchange ({@code login_to_simulator}): {@link io.gridprobe.protocol.login.LoginRequest}
 * for both ends, and the sealed {@link io.gridprobe.protocol.login.LoginResponse}
 * ({@link io.gridprobe.protocol.login.LoginSuccess} / {@link io.gridprobe.protocol.login.LoginFailure}),
 * which also writes the response a login server sends. {@code toString()} of these types never shows
 * passwords, session ids or capability paths in full.
 */
package io.gridprobe.protocol.login;
