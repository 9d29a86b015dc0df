package io.gridprobe.protocol.testgrid;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 whose answers a test scripts by path prefix (login, seed cap, event queue). A
 * handler may hold a request (never answer it), as a long poll or a hung login server does; held requests are
 * dropped on {@link #close()}. Every request is recorded.
 */
public final class ScriptedHttpServer implements AutoCloseable {
    /** A request as the server saw it; {@code index} counts requests per route from 0. */
    public record Request(int index, String method, String path, String contentType, byte[] body, long nanos) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** An answer; {@link #HOLD} keeps the request open. */
    public record Reply(int status, String contentType, byte[] body) {
        public static final Reply HOLD = new Reply(0, null, null);

        public static Reply ok(String contentType, String body) {
            return new Reply(200, contentType, body.getBytes(StandardCharsets.UTF_8));
        }

        public static Reply status(int status) {
            return new Reply(status, "text/html", new byte[0]);
        }
    }

    @FunctionalInterface
    public interface Handler {
        Reply handle(Request request);
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counters = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<HttpExchange> held = new CopyOnWriteArrayList<>();

    public ScriptedHttpServer() throws IOException {
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "scripted-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
        server.start();
    }

    /** Answers requests whose path starts with {@code prefix} (the longest matching prefix wins). */
    public ScriptedHttpServer route(String prefix, Handler handler) {
        routes.put(prefix, handler);
        return this;
    }

    public URI uri(String path) {
        return URI.create(base() + path);
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Recorded requests whose path starts with {@code prefix}, in arrival order. */
    public List<Request> requests(String prefix) {
        return requests.stream().filter(r -> r.path().startsWith(prefix)).toList();
    }

    private void dispatch(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readAllBytes();
        }
        String prefix = routes.keySet().stream().filter(path::startsWith).max(Comparator.comparingInt(String::length))
                .orElse(null);
        if (prefix == null) {
            respond(ex, Reply.status(404));
            return;
        }
        int index = counters.computeIfAbsent(prefix, k -> new AtomicInteger()).getAndIncrement();
        Request request = new Request(index, ex.getRequestMethod(), path,
                ex.getRequestHeaders().getFirst("Content-Type"), body, System.nanoTime());
        requests.add(request);
        Reply reply;
        try {
            reply = routes.get(prefix).handle(request);
        } catch (RuntimeException | AssertionError e) {
            reply = Reply.status(599);
        }
        if (reply == Reply.HOLD) {
            held.add(ex);
        } else {
            respond(ex, reply);
        }
    }

    private static void respond(HttpExchange ex, Reply reply) throws IOException {
        if (reply.contentType() != null) {
            ex.getResponseHeaders().set("Content-Type", reply.contentType());
        }
        byte[] b = reply.body();
        ex.sendResponseHeaders(reply.status(), b.length == 0 ? -1 : b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    /** How many requests are being held open right now. */
    public int held() {
        return held.size();
    }

    @Override
    public void close() {
        for (HttpExchange ex : new ArrayList<>(held)) {
            ex.close();
        }
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
