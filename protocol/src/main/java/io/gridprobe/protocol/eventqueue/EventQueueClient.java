package io.gridprobe.protocol.eventqueue;

import io.gridprobe.protocol.ProtocolException;
import io.gridprobe.protocol.bus.EventQueueMessage;
import io.gridprobe.protocol.bus.MessageBus;
import io.gridprobe.protocol.caps.CapsClient;
import io.gridprobe.protocol.caps.LlsdBodies;
import io.gridprobe.protocol.http.CapabilityUris;
import io.gridprobe.protocol.http.HttpFailure;
import io.gridprobe.protocol.http.HttpTransport;
import io.gridprobe.protocol.llsd.Llsd;
import io.gridprobe.protocol.llsd.LlsdXml;
import io.gridprobe.protocol.trace.PacketTrace;
import io.gridprobe.protocol.trace.TraceEntry;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The EventQueueGet long poll of one region. Each poll POSTs {@code {ack: <last id or undef>, done: false}}; a reply
 * {@code {events: [{message, body}], id}} is published to the {@link MessageBus} event by event, in order, and
 * recorded in the {@link PacketTrace}; the next poll acks its id. Ids start wherever the grid likes.
 * <p>
 * 502 means "no events": re-poll at once (unless instant 502s keep coming, see {@link EventQueueConfig}). 404 means
 * the queue is gone: {@link #ended()} completes and polling stops. Other errors and timeouts back off and, after too
 * many in a row, end the queue. No thread waits on a poll: the shared {@link HttpTransport} carries every queue.
 */
public final class EventQueueClient {
    private static final Logger LOG = LoggerFactory.getLogger(EventQueueClient.class);

    private final HttpTransport http;
    private final URI uri;
    private final MessageBus bus;
    private final PacketTrace trace;
    private final String origin;
    private final EventQueueConfig config;
    private final CompletableFuture<Void> firstPollSent = new CompletableFuture<>();
    private final CompletableFuture<EventQueueEnd> ended = new CompletableFuture<>();
    private final Object lock = new Object();

    // guarded by lock
    private Integer lastId;
    private long polls;
    private long events;
    private int failures;
    private int quick502s;
    private boolean stopping;
    private CompletableFuture<HttpResponse<byte[]>> current;

    private EventQueueClient(HttpTransport http, URI uri, MessageBus bus, PacketTrace trace, String origin,
                             EventQueueConfig config) {
        this.http = Objects.requireNonNull(http, "http");
        this.uri = Objects.requireNonNull(uri, "uri");
        this.bus = Objects.requireNonNull(bus, "bus");
        this.trace = Objects.requireNonNull(trace, "trace");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** Starts polling {@code eventQueueCap} at once. */
    public static EventQueueClient start(HttpTransport http, URI eventQueueCap, MessageBus bus, PacketTrace trace,
                                         String origin, EventQueueConfig config) {
        EventQueueClient q = new EventQueueClient(http, eventQueueCap, bus, trace, origin, config);
        q.poll();
        return q;
    }

    /** Completes once the first poll has been handed to the HTTP client. */
    public CompletableFuture<Void> firstPollSent() {
        return firstPollSent;
    }

    /** Completes when the queue has ended, whichever way; never fails. */
    public CompletableFuture<EventQueueEnd> ended() {
        return ended;
    }

    public String origin() {
        return origin;
    }

    /** The id of the last reply, what the next poll acks; null before the first reply. */
    public Integer lastId() {
        synchronized (lock) {
            return lastId;
        }
    }

    public long polls() {
        synchronized (lock) {
            return polls;
        }
    }

    public long events() {
        synchronized (lock) {
            return events;
        }
    }

    /**
     * Leaves the queue: abandons the open poll and sends one last POST {@code {ack: <last id>, done: true}}, waiting
     * at most the configured stop timeout for the grid to take it. The future is {@link #ended()}.
     */
    public CompletableFuture<EventQueueEnd> stop() {
        CompletableFuture<HttpResponse<byte[]>> open;
        byte[] body;
        synchronized (lock) {
            if (stopping || ended.isDone()) {
                return ended;
            }
            stopping = true;
            open = current;
            current = null;
            body = LlsdXml.formatBytes(Llsd.mapOf("ack", lastId, "done", true));
        }
        if (open != null) {
            open.cancel(true);
        }
        http.post(uri, body, CapsClient.LLSD_XML, config.stopTimeout()).whenComplete((r, e) -> {
            String how = e != null ? "done: true not confirmed (" + HttpFailure.describe(e) + ")"
                    : "done: true answered HTTP " + r.statusCode();
            end(EventQueueEnd.Reason.STOPPED, "stopped by the client; " + how);
        });
        return ended;
    }

    // -- the poll loop: one poll in flight at a time, each answer schedules the next ----------------------------

    private void poll() {
        CompletableFuture<HttpResponse<byte[]>> sent;
        long sentAt;
        synchronized (lock) {
            if (stopping || ended.isDone()) {
                return;
            }
            byte[] body = LlsdXml.formatBytes(Llsd.mapOf("ack", lastId, "done", false));
            polls++;
            sentAt = System.nanoTime();
            sent = http.longPoll(uri, body, CapsClient.LLSD_XML, config.readTimeout());
            current = sent;
        }
        firstPollSent.complete(null);
        sent.whenComplete((response, error) -> {
            try {
                answered(response, error, sentAt);
            } catch (RuntimeException | Error bug) {
                LOG.error("event queue of {} failed unexpectedly", origin, bug);
                end(EventQueueEnd.Reason.FAILED, "internal error: " + bug);
            }
        });
    }

    private void answered(HttpResponse<byte[]> response, Throwable error, long sentAt) {
        synchronized (lock) {
            if (stopping || ended.isDone()) {
                return; // stop() abandoned this poll
            }
            current = null;
        }
        if (error != null) {
            if (HttpFailure.classify(error) == HttpFailure.CLOSED) {
                end(EventQueueEnd.Reason.TRANSPORT_CLOSED, HttpFailure.describe(error));
            } else {
                failed(HttpFailure.describe(error));
            }
            return;
        }
        int status = response.statusCode();
        switch (status) {
            case 200 -> delivered(response.body());
            case 502 -> noEvents(System.nanoTime() - sentAt);
            case 404 -> end(EventQueueEnd.Reason.GONE, "event queue gone (HTTP 404)");
            default -> failed("HTTP " + status);
        }
    }

    private void delivered(byte[] body) {
        Map<String, Object> reply;
        try {
            Object parsed = LlsdBodies.parse(body == null ? new byte[0] : body);
            if (!(parsed instanceof Map<?, ?>)) {
                failed("reply is LLSD " + Llsd.typeName(parsed) + ", not a map");
                return;
            }
            reply = Llsd.map(parsed);
        } catch (ProtocolException e) {
            failed("unreadable reply: " + e.getMessage());
            return;
        }
        long nanos = System.nanoTime();
        List<?> list = reply.get("events") instanceof List<?> l ? l : List.of();
        synchronized (lock) {
            failures = 0;
            quick502s = 0;
            if (reply.get("id") instanceof Integer id) {
                lastId = id;
            }
        }
        for (Object o : list) {
            publish(o, nanos);
        }
        poll();
    }

    private void publish(Object event, long nanos) {
        if (!(event instanceof Map<?, ?> m) || !(m.get("message") instanceof String name)) {
            trace.note(origin, "event queue: skipped an event without a message name: " + EventRendering.compact(event));
            return;
        }
        Map<String, Object> body = m.get("body") instanceof Map<?, ?> b
                ? Collections.unmodifiableMap(Llsd.map(b)) : Map.of();
        synchronized (lock) {
            events++;
        }
        trace.record(new TraceEntry(System.currentTimeMillis(), TraceEntry.Direction.EVENT_IN, origin, -1, 0, name,
                null, EventRendering.compact(body), null));
        bus.publish(new EventQueueMessage(name, body, nanos, origin));
    }

    /** 502: nothing happened during the poll. Re-poll at once, unless the grid keeps answering instantly. */
    private void noEvents(long tookNanos) {
        Duration wait = Duration.ZERO;
        synchronized (lock) {
            failures = 0;
            quick502s = tookNanos < config.quick502().toNanos() ? quick502s + 1 : 0;
            if (quick502s > config.quick502Limit()) {
                wait = config.quick502Delay();
            }
        }
        if (wait.isZero()) {
            poll();
        } else {
            later(wait);
        }
    }

    private void failed(String why) {
        int n;
        synchronized (lock) {
            n = ++failures;
        }
        if (n >= config.maxConsecutiveFailures()) {
            end(EventQueueEnd.Reason.FAILED, n + " failed polls in a row; last: " + why);
            return;
        }
        Duration wait = config.backoff(n);
        trace.note(origin, "event queue poll failed (" + why + "); retry " + n + " in " + wait.toMillis() + " ms");
        LOG.debug("event queue of {} at {}: {}; retry in {} ms", origin, CapabilityUris.redact(uri), why, wait.toMillis());
        later(wait);
    }

    private void later(Duration wait) {
        CompletableFuture.runAsync(this::poll,
                CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS, http.executor()));
    }

    private void end(EventQueueEnd.Reason reason, String detail) {
        EventQueueEnd end;
        synchronized (lock) {
            if (ended.isDone()) {
                return;
            }
            stopping = true;
            end = new EventQueueEnd(reason, detail, lastId, polls, events);
        }
        trace.note(origin, end.toString());
        if (reason == EventQueueEnd.Reason.FAILED || reason == EventQueueEnd.Reason.GONE) {
            LOG.info("{}: {}", origin, end);
        }
        ended.complete(end);
    }

    @Override
    public String toString() {
        synchronized (lock) {
            return "EventQueueClient[" + origin + " at " + CapabilityUris.redact(uri) + ", polls=" + polls + ", events="
                    + events + ", lastId=" + lastId + (ended.isDone() ? ", ended" : "") + "]";
        }
    }
}
