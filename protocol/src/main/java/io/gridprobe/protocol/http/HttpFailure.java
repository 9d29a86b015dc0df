package io.gridprobe.protocol.http;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * What went wrong with an HTTP exchange, in the terms callers report: the JDK spells "cannot connect" in half a dozen
 * exception types (an unknown host is a {@code ConnectException} caused by an {@code UnresolvedAddressException}).
 */
public enum HttpFailure {
    /** Connection refused, unknown host, no route, connect timeout: nothing answered at that address. */
    UNREACHABLE,
    /** Connected, but no (complete) answer in time. */
    TIMEOUT,
    /** The transport was closed, or the caller cancelled. */
    CLOSED,
    /** Any other I/O failure (connection reset mid-answer, bad HTTP). */
    IO;

    /** Strips {@link CompletionException}/{@link ExecutionException} wrappers. */
    public static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    public static HttpFailure classify(Throwable t) {
        Throwable e = unwrap(t);
        if (e instanceof HttpConnectTimeoutException) {
            return UNREACHABLE;
        }
        if (e instanceof HttpTimeoutException || e instanceof TimeoutException) {
            return TIMEOUT;
        }
        if (e instanceof HttpTransportClosedException || e instanceof CancellationException) {
            return CLOSED;
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ConnectException || c instanceof UnknownHostException
                    || c instanceof UnresolvedAddressException || c instanceof NoRouteToHostException) {
                return UNREACHABLE;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return IO;
    }

    /** A short description of the cause for messages: the exception's simple name and message, never a URL's path. */
    public static String describe(Throwable t) {
        Throwable e = unwrap(t);
        String m = e.getMessage();
        if ((m == null || m.isBlank()) && e.getCause() != null) {
            Throwable c = e.getCause();
            return e.getClass().getSimpleName() + " (" + c.getClass().getSimpleName()
                    + (c.getMessage() == null ? "" : ": " + c.getMessage()) + ")";
        }
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
