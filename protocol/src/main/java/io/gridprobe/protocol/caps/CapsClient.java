package io.gridprobe.protocol.caps;

import io.gridprobe.protocol.ProtocolException;
import io.gridprobe.protocol.http.CapabilityUris;
import io.gridprobe.protocol.http.HttpFailure;
import io.gridprobe.protocol.http.HttpTransport;
import io.gridprobe.protocol.llsd.Llsd;
import io.gridprobe.protocol.llsd.LlsdXml;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Talks to capabilities: the seed cap (which grants the others) and any cap by URL, with LLSD XML going out and
 * whatever LLSD serialisation comes back (see {@link LlsdBodies}). Every failure is a {@link CapabilityException}.
 */
public final class CapsClient {
    private static final Logger LOG = LoggerFactory.getLogger(CapsClient.class);
    public static final String LLSD_XML = "application/llsd+xml";
    /** Label for errors about a cap only known by its URL. */
    private static final String UNNAMED = "capability";

    private final HttpTransport http;
    private final Duration timeout;

    /** Requests time out after 30 s. */
    public CapsClient(HttpTransport http) {
        this(http, Duration.ofSeconds(30));
    }

    public CapsClient(HttpTransport http, Duration timeout) {
        this.http = Objects.requireNonNull(http, "http");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    public HttpTransport http() {
        return http;
    }

    /**
     * POSTs the wanted cap names to the seed cap; the region answers with the map of those it grants. Entries that
     * are not absolute URLs are left out (and logged), so one bad entry does not cost the others.
     */
    public CompletableFuture<Capabilities> seed(URI seedCap, List<String> names) {
        List<Object> asked = new ArrayList<>(names);
        return postLlsd("seed", seedCap, asked).thenApply(reply -> {
            if (!(reply instanceof Map<?, ?> map)) {
                throw new CapabilityException("seed", 200, "seed capability at " + CapabilityUris.redact(seedCap)
                        + " answered LLSD " + Llsd.typeName(reply) + ", not a map of capabilities", null);
            }
            Map<String, URI> granted = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                URI uri = asUri(e.getValue());
                if (uri == null) {
                    LOG.warn("seed capability at {} granted {} with an unusable value ({})",
                            CapabilityUris.redact(seedCap), e.getKey(), Llsd.typeName(e.getValue()));
                } else {
                    granted.put(String.valueOf(e.getKey()), uri);
                }
            }
            return new Capabilities(granted, names);
        });
    }

    private static URI asUri(Object v) {
        try {
            URI uri = v instanceof URI u ? u : v instanceof String s ? URI.create(s.strip()) : null;
            return uri != null && uri.isAbsolute() && uri.getHost() != null ? uri : null;
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    public CompletableFuture<Object> getLlsd(URI uri) {
        return getLlsd(UNNAMED, uri);
    }

    /** GETs a cap and parses its LLSD answer. */
    public CompletableFuture<Object> getLlsd(String capName, URI uri) {
        return exchange(capName, uri, http.get(uri, LLSD_XML, timeout), LlsdBodies::parse);
    }

    public CompletableFuture<Object> postLlsd(URI uri, Object body) {
        return postLlsd(UNNAMED, uri, body);
    }

    /** POSTs {@code body} as LLSD XML and parses the LLSD answer ({@code null} for an empty one). */
    public CompletableFuture<Object> postLlsd(String capName, URI uri, Object body) {
        byte[] xml;
        try {
            xml = LlsdXml.formatBytes(body);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new CapabilityException(capName, CapabilityException.NO_STATUS,
                    "cannot send to " + capName + ": body is not LLSD: " + e.getMessage(), e));
        }
        return exchange(capName, uri, http.post(uri, xml, LLSD_XML, timeout), LlsdBodies::parse);
    }

    public CompletableFuture<Object> postBytes(URI uri, byte[] body, String contentType) {
        return postBytes(UNNAMED, uri, body, contentType);
    }

    /** POSTs raw bytes (an asset upload); the answer parsed as LLSD when it is LLSD, else its bytes. */
    public CompletableFuture<Object> postBytes(String capName, URI uri, byte[] body, String contentType) {
        return exchange(capName, uri, http.post(uri, body, contentType, timeout), LlsdBodies::parseOrRaw);
    }

    /** GETs a cap's raw answer (textures, assets). */
    public CompletableFuture<byte[]> getBytes(String capName, URI uri) {
        return exchange(capName, uri, http.get(uri, null, timeout), b -> b);
    }

    private <T> CompletableFuture<T> exchange(String capName, URI uri, CompletableFuture<HttpResponse<byte[]>> sent,
                                              Function<byte[], T> read) {
        String where = capName + " at " + CapabilityUris.redact(uri);
        return sent.handle((response, error) -> {
            if (error != null) {
                Throwable cause = HttpFailure.unwrap(error);
                String what = switch (HttpFailure.classify(cause)) {
                    case UNREACHABLE -> "cannot connect";
                    case TIMEOUT -> "no answer within " + timeout.toMillis() + " ms";
                    case CLOSED -> "HTTP transport closed";
                    case IO -> "exchange failed";
                };
                throw new CapabilityException(capName, CapabilityException.NO_STATUS,
                        where + ": " + what + " (" + HttpFailure.describe(cause) + ")", cause);
            }
            int status = response.statusCode();
            if (status < 200 || status > 299) {
                throw new CapabilityException(capName, status, where + ": HTTP " + status, null);
            }
            byte[] body = response.body() == null ? new byte[0] : response.body();
            try {
                return read.apply(body);
            } catch (ProtocolException e) {
                throw new CapabilityException(capName, status, where + ": unreadable answer of " + body.length
                        + " bytes: " + e.getMessage(), e);
            }
        });
    }
}
