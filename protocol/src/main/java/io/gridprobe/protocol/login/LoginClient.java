package io.gridprobe.protocol.login;

import io.gridprobe.protocol.ProtocolException;
import io.gridprobe.protocol.http.HttpFailure;
import io.gridprobe.protocol.http.HttpTransport;
import io.gridprobe.protocol.trace.PacketTrace;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs in over XML-RPC {@code login_to_simulator} at any login URI (OpenSim's {@code http://host:9000/}, Second
 * Life's {@code .../cgi-bin/login.cgi}). Every failure is one of the {@link LoginException} subclasses; a
 * {@code presence} refusal is retried as the policy says, without blocking a thread during the wait.
 */
public final class LoginClient {
    private static final Logger LOG = LoggerFactory.getLogger(LoginClient.class);
    private static final int SNIPPET = 120;

    private final HttpTransport http;

    public LoginClient(HttpTransport http) {
        this.http = Objects.requireNonNull(http, "http");
    }

    /** Logs in; the future fails with a {@link LoginException}. */
    public CompletableFuture<LoginSuccess> login(URI loginUri, LoginRequest request, LoginPolicy policy) {
        return loginWithResult(loginUri, request, policy, null).thenApply(LoginResult::success);
    }

    /**
     * Logs in and reports the HTTP duration and retries; presence retries are noted in {@code trace} when given.
     * Cancelling the returned future stops further retries.
     */
    public CompletableFuture<LoginResult> loginWithResult(URI loginUri, LoginRequest request, LoginPolicy policy,
                                                          PacketTrace trace) {
        Objects.requireNonNull(loginUri, "loginUri");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(policy, "policy");
        Attempts a = new Attempts(loginUri, request.toXmlRpc().getBytes(StandardCharsets.UTF_8), policy, trace,
                request.first() + " " + request.last());
        attempt(a, 0);
        return a.result;
    }

    /** State shared by the attempts of one login. */
    private static final class Attempts {
        final URI uri;
        final byte[] body;
        final LoginPolicy policy;
        final PacketTrace trace;
        final String who;
        final long started = System.nanoTime();
        final CompletableFuture<LoginResult> result = new CompletableFuture<>();

        Attempts(URI uri, byte[] body, LoginPolicy policy, PacketTrace trace, String who) {
            this.uri = uri;
            this.body = body;
            this.policy = policy;
            this.trace = trace;
            this.who = who;
        }

        String origin() {
            return uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
        }
    }

    private void attempt(Attempts a, int retriesSoFar) {
        if (a.result.isDone()) {
            return; // cancelled by the caller
        }
        long sent = System.nanoTime();
        http.post(a.uri, a.body, "text/xml", a.policy.timeout()).whenComplete((response, error) -> {
            Duration took = Duration.ofNanos(System.nanoTime() - sent);
            try {
                if (error != null) {
                    a.result.completeExceptionally(transportFailure(a, error));
                } else {
                    handle(a, retriesSoFar, response, took);
                }
            } catch (RuntimeException | Error unexpected) {
                a.result.completeExceptionally(unexpected);
            }
        });
    }

    private void handle(Attempts a, int retriesSoFar, HttpResponse<byte[]> response, Duration took) {
        if (response.statusCode() != 200) {
            a.result.completeExceptionally(new LoginHttpException(a.uri, response.statusCode(), describeBody(response)));
            return;
        }
        LoginResponse parsed;
        try {
            parsed = LoginResponse.parse(response.body());
        } catch (ProtocolException e) {
            // XmlRpcException (not XML-RPC), LoginFormatException (a success without the members login needs)
            a.result.completeExceptionally(new MalformedLoginResponseException(a.uri, e.getMessage(), e));
            return;
        }
        if (parsed instanceof LoginSuccess s) {
            a.result.complete(new LoginResult(s, took, Duration.ofNanos(System.nanoTime() - a.started), retriesSoFar));
            return;
        }
        LoginFailure f = (LoginFailure) parsed;
        if (f.reason().equals("malformed")) {
            a.result.completeExceptionally(new MalformedLoginResponseException(a.uri, f.message(), null));
        } else if (f.reason().equals("presence") && retriesSoFar < a.policy.presenceRetries()) {
            retryAfterPresence(a, retriesSoFar + 1);
        } else {
            a.result.completeExceptionally(new LoginRefusedException(a.uri, f, retriesSoFar + 1));
        }
    }

    /** The grid kicks the old session when it says "presence"; a later attempt gets in. */
    private void retryAfterPresence(Attempts a, int retry) {
        long delay = a.policy.presenceRetryDelay(retry).toMillis();
        String note = "login of " + a.who + " refused (presence: still logged in); retry " + retry + " of "
                + a.policy.presenceRetries() + " in " + delay + " ms";
        LOG.info("{} at {}", note, a.uri);
        if (a.trace != null) {
            a.trace.note(a.origin(), note);
        }
        CompletableFuture.runAsync(() -> attempt(a, retry),
                CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS, http.executor()));
    }

    private static LoginException transportFailure(Attempts a, Throwable error) {
        Throwable cause = HttpFailure.unwrap(error);
        return switch (HttpFailure.classify(cause)) {
            case UNREACHABLE -> new GridUnreachableException(a.uri, HttpFailure.describe(cause), cause);
            case TIMEOUT -> new LoginTimeoutException(a.uri, a.policy.timeout(), cause);
            case CLOSED, IO -> new LoginConnectionException(a.uri, HttpFailure.describe(cause), cause);
        };
    }

    /** Status pages help an operator; the first printable characters are enough. */
    private static String describeBody(HttpResponse<byte[]> response) {
        byte[] b = response.body();
        if (b == null || b.length == 0) {
            return "(empty body)";
        }
        String s = new String(b, 0, Math.min(b.length, SNIPPET * 4), StandardCharsets.UTF_8)
                .replaceAll("\\p{Cntrl}+", " ").strip();
        if (s.length() > SNIPPET) {
            s = s.substring(0, SNIPPET) + "…";
        }
        return "(" + b.length + " bytes: " + s + ")";
    }
}
