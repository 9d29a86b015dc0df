package io.gridprobe.protocol.http;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP transport that every agent's login, capability and event-queue traffic shares: a thousand agents' long
 * polls cost two selector threads (see {@link #longPoll}) and a small pool, not a thread each. HTTP/1.1 only, as grids
 * speak it.
 * <p>
 * The pool's threads are daemon threads owned here and stopped by {@link #close()}, which also fails every request
 * still in flight with {@link HttpTransportClosedException}, so no caller waits on a future that can never complete.
 * Every request carries a timeout; on top of the JDK's own (which stops at the response headers) a whole-exchange
 * deadline is enforced, so a server that sends headers and then stalls cannot hang a caller either.
 * <p>
 * The pool's queue is bounded. When it is full the submitting thread runs the task itself (the JDK's selector thread
 * or a continuation's caller): nothing is dropped, memory stays bounded, and a producer outrunning the pool is
 * slowed down instead of piling up work that would make every later response, and every wait on it, late.
 * {@link #saturations()} counts those times, and the first one is logged.
 * <p>
 * Long polls ({@link #longPoll}) go through a second client of their own, built without a connect timeout. The JDK
 * 17 client keeps a connection's connect timer for the connection's life, and the timer holds the first exchange
 * made on it: request, response and body. A long poll holds its connection as long as its agent lives, and in a
 * shared pool that connection had first carried a login (~20 KB kept per agent, a third of an idle load agent's
 * heap). Without the timer nothing is kept; the poll's own timeout still bounds the connect, and the host is one the
 * seed capability has just reached.
 */
public final class HttpTransport implements AutoCloseable {
    /** Slack over a request's own timeout before the whole exchange is abandoned (a stalled body). */
    private static final Duration BODY_GRACE = Duration.ofSeconds(2);
    /** Tasks waiting for a pool thread before the submitter runs them itself: thousands of agents' responses. */
    static final int QUEUE_CAPACITY = 4096;
    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    private final String name;
    private final ThreadPoolExecutor executor;
    private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
    private final String userAgent;
    /** Dropped on close: on JDK 17 the clients' selector threads end once the clients are unreachable. */
    private volatile HttpClient client;
    private volatile HttpClient pollClient;
    private volatile boolean closed;
    private final AtomicLong saturations = new AtomicLong();

    private HttpTransport(String name, int threads, int queueCapacity, Duration connectTimeout, String userAgent) {
        this.name = name;
        this.userAgent = userAgent;
        this.executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queueCapacity), daemonThreads(name + "-http-"), this::saturated);
        // idle agents need no pool threads at all
        executor.allowCoreThreadTimeOut(true);
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .executor(executor)
                .build();
        this.pollClient = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .executor(executor)
                .build();
    }

    /** A transport named {@code name} (thread names start with it), 10 s connect timeout, two pool threads. */
    public static HttpTransport create(String name) {
        return create(name, Duration.ofSeconds(10), 2);
    }

    public static HttpTransport create(String name, Duration connectTimeout, int threads) {
        Objects.requireNonNull(name, "name");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, not " + threads);
        }
        return create(name, connectTimeout, threads, QUEUE_CAPACITY);
    }

    static HttpTransport create(String name, Duration connectTimeout, int threads, int queueCapacity) {
        return new HttpTransport(name, threads, queueCapacity, connectTimeout, "gridprobe/0.1 (" + name + ")");
    }

    /** The queue is full: the submitter runs the task (once shut down, it is refused: {@link #executor()} runs it). */
    private void saturated(Runnable task, ThreadPoolExecutor pool) {
        if (pool.isShutdown()) {
            throw new RejectedExecutionException(name + " is closed");
        }
        if (saturations.getAndIncrement() == 0) {
            LOG.warn("{}: all {} pool threads busy and {} tasks queued; submitters now run tasks themselves",
                    name, pool.getMaximumPoolSize(), pool.getQueue().size());
        }
        task.run();
    }

    /** How many tasks found the pool's queue full and ran in the thread that submitted them. */
    public long saturations() {
        return saturations.get();
    }

    public String name() {
        return name;
    }

    /**
     * The transport's pool, for continuations and delays ({@code CompletableFuture.delayedExecutor(d, unit,
     * executor())}) that belong to HTTP work. After {@link #close()} a task runs in the submitting thread instead of
     * being dropped: such tasks only find the transport closed and fail their futures, which must not be left
     * pending.
     */
    public Executor executor() {
        return task -> {
            try {
                executor.execute(task);
            } catch (RejectedExecutionException closed) {
                task.run();
            }
        };
    }

    /** POST {@code body} with the given content type; the future completes with the response, whatever its status. */
    public CompletableFuture<HttpResponse<byte[]>> post(URI uri, byte[] body, String contentType, Duration timeout) {
        return send(request(uri, timeout).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), timeout);
    }

    /**
     * POST a long poll (an event-queue poll): as {@link #post}, on connections kept for long polls, whose connect is
     * bounded by {@code timeout} alone.
     */
    public CompletableFuture<HttpResponse<byte[]>> longPoll(URI uri, byte[] body, String contentType, Duration timeout) {
        return send(pollClient, request(uri, timeout).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), timeout);
    }

    /** GET with an {@code Accept} header (null for none). */
    public CompletableFuture<HttpResponse<byte[]>> get(URI uri, String accept, Duration timeout) {
        HttpRequest.Builder b = request(uri, timeout).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return send(b.build(), timeout);
    }

    /**
     * Sends a request built by the caller. The future fails with the JDK's exceptions ({@code ConnectException},
     * {@code HttpTimeoutException}, other {@code IOException}s), with {@link TimeoutException} when the whole exchange
     * overran, or with {@link HttpTransportClosedException}; {@link HttpFailure} classifies them.
     */
    public CompletableFuture<HttpResponse<byte[]>> send(HttpRequest request, Duration timeout) {
        return send(client, request, timeout);
    }

    private CompletableFuture<HttpResponse<byte[]>> send(HttpClient c, HttpRequest request, Duration timeout) {
        if (closed || c == null) {
            return CompletableFuture.failedFuture(new HttpTransportClosedException(name));
        }
        AtomicReference<CompletableFuture<HttpResponse<byte[]>>> exchange =
                new AtomicReference<>(c.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()));
        CompletableFuture<HttpResponse<byte[]>> result = new CompletableFuture<>();
        inFlight.add(result);
        // The JDK completes sendAsync's future on its own async pool, which on a machine with fewer than three cores
        // is a new thread per task; hand over to our pool so callers' continuations run on named, bounded threads.
        exchange.get().whenComplete((r, e) -> executor().execute(() -> {
            if (e != null && isStaleConnection(e) && !result.isDone()) {
                // A kept-alive connection the server had closed while it idled in the pool: the request never
                // reached the server (not a byte came back). The JDK sends such a GET again by itself, but not a
                // POST (a login, a capability): send it once more, on a new connection.
                CompletableFuture<HttpResponse<byte[]>> again = c.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
                exchange.set(again);
                again.whenComplete((r2, e2) -> executor().execute(() -> complete(result, r2, e2)));
            } else {
                complete(result, r, e);
            }
        }));
        result.orTimeout(timeout.plus(BODY_GRACE).toMillis(), TimeUnit.MILLISECONDS);
        result.whenComplete((r, e) -> {
            inFlight.remove(result);
            CompletableFuture<HttpResponse<byte[]>> current = exchange.get();
            if (e != null && !current.isDone()) {
                current.cancel(true); // our deadline, a close, or the caller gave up: abort the exchange
            }
        });
        return result;
    }

    private static <T> void complete(CompletableFuture<T> f, T value, Throwable failure) {
        if (failure != null) {
            f.completeExceptionally(failure);
        } else {
            f.complete(value);
        }
    }

    /** The JDK's words for a pooled connection found closed before any response byte arrived. */
    static boolean isStaleConnection(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.io.IOException && c.getMessage() != null
                    && c.getMessage().contains("header parser received no bytes")) {
                return true;
            }
        }
        return false;
    }

    private HttpRequest.Builder request(URI uri, Duration timeout) {
        return HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", userAgent);
    }

    public boolean isClosed() {
        return closed;
    }

    /**
     * Fails the requests in flight, stops the pool and lets go of the client. On JDK 21+ the client is shut down
     * at once; on JDK 17 its selector thread ("HttpClient-N-SelectorManager") exits once the client has been
     * garbage-collected, within the JDK's selector timeout (3 s).
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        HttpTransportClosedException e = new HttpTransportClosedException(name);
        for (CompletableFuture<?> f : inFlight) {
            f.completeExceptionally(e);
        }
        inFlight.clear();
        HttpClient c = client;
        HttpClient p = pollClient;
        client = null;
        pollClient = null;
        shutdownNowIfSupported(c);
        shutdownNowIfSupported(p);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code HttpClient.shutdownNow()} exists from Java 21; this code is built for 17. */
    private static void shutdownNowIfSupported(HttpClient c) {
        if (c == null) {
            return;
        }
        try {
            Method m = HttpClient.class.getMethod("shutdownNow");
            m.invoke(c);
        } catch (NoSuchMethodException java17) {
            // the selector thread ends by itself once the client is unreachable
        } catch (ReflectiveOperationException | RuntimeException ignored) {
            // best effort: the pool is stopped regardless
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public String toString() {
        return "HttpTransport[" + name + (closed ? ", closed" : ", " + inFlight.size() + " in flight") + "]";
    }

    /** For tests and diagnostics: requests awaiting an answer. */
    public int inFlight() {
        return inFlight.size();
    }

    ExecutorService pool() {
        return executor;
    }
}
