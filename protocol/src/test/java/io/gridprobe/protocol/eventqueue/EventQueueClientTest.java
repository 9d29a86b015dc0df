package io.gridprobe.protocol.eventqueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gridprobe.protocol.bus.EventQueueMessage;
import io.gridprobe.protocol.bus.MessageBus;
import io.gridprobe.protocol.http.HttpTransport;
import io.gridprobe.protocol.llsd.Llsd;
import io.gridprobe.protocol.llsd.LlsdXml;
import io.gridprobe.protocol.testgrid.CapturedSession;
import io.gridprobe.protocol.testgrid.ScriptedHttpServer;
import io.gridprobe.protocol.testgrid.ScriptedHttpServer.Reply;
import io.gridprobe.protocol.testgrid.ScriptedHttpServer.Request;
import io.gridprobe.protocol.trace.PacketTrace;
import io.gridprobe.protocol.trace.TraceEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The EventQueueGet long poll over real HTTP against a scripted queue. */
class EventQueueClientTest {
    private static final String PATH = "/CE/f3546d82-76c8-4c6e-bd35-741db54b8a0b";
    /**
     * Errors or delays that the scenario does not expect would show up as multi-second waits: long backoff and a long
     * pause after instant 502s, so "re-polled at once" is told apart from "re-polled after a wait".
     */
    private static final EventQueueConfig CONFIG = EventQueueConfig.defaults()
            .withBackoff(Duration.ofSeconds(10), Duration.ofSeconds(10), 3)
            .withQuick502(Duration.ofSeconds(1), 5, Duration.ofSeconds(10))
            .withStopTimeout(Duration.ofSeconds(2));

    private HttpTransport http;
    private ScriptedHttpServer server;
    private final MessageBus bus = new MessageBus();
    private final PacketTrace trace = new PacketTrace(64);
    private final List<EventQueueMessage> published = Collections.synchronizedList(new ArrayList<>());
    private EventQueueClient queue;

    @BeforeEach
    void start() throws Exception {
        http = HttpTransport.create("eq-test");
        server = new ScriptedHttpServer();
        bus.subscribeAll(r -> published.add((EventQueueMessage) r));
    }

    @AfterEach
    void stop() throws Exception {
        if (queue != null) {
            queue.stop().get(5, TimeUnit.SECONDS);
        }
        server.close();
        http.close();
    }

    private EventQueueClient startQueue(EventQueueConfig config) {
        queue = EventQueueClient.start(http, server.uri(PATH), bus, trace, "127.0.0.1:9000", config);
        return queue;
    }

    private static Reply events(int id, Object... namesAndBodies) {
        List<Object> events = new ArrayList<>();
        for (int i = 0; i < namesAndBodies.length; i += 2) {
            events.add(Llsd.mapOf("message", namesAndBodies[i], "body", namesAndBodies[i + 1]));
        }
        return Reply.ok("application/xml", LlsdXml.format(Llsd.mapOf("events", events, "id", id)));
    }

    private List<Request> polls() {
        return server.requests(PATH);
    }

    private static Map<String, Object> body(Request r) {
        return Llsd.map(LlsdXml.parse(r.body()));
    }

    private List<String> names() {
        synchronized (published) {
            return published.stream().map(EventQueueMessage::name).toList();
        }
    }

    @Test
    void eventsArePublishedInOrderAndEachPollAcksThePreviousReplysId() throws Exception {
        CapturedSession captured = CapturedSession.load();
        String enableSimulator = captured.eventQueueReplies().stream().filter(b -> b.contains("EnableSimulator"))
                .findFirst().orElseThrow().replaceAll("<key>id</key><integer>\\d+</integer>",
                        "<key>id</key><integer>48214</integer>");
        UUID session = UUID.randomUUID();
        server.route(PATH, r -> switch (r.index()) {
            case 0 -> events(48213, "TeleportFinish", Llsd.mapOf("Info", List.of(Llsd.mapOf("SessionID", session,
                    "SeedCapability", "http://127.0.0.1:9000/CAPS/416d0473-6c4e-4477-ae8d-73c64710e4340000/"))),
                    "ParcelProperties", Llsd.mapOf("n", 2));
            case 1 -> Reply.ok("application/xml", enableSimulator);
            default -> Reply.HOLD;
        });
        EventQueueClient q = startQueue(CONFIG);
        q.firstPollSent().get(5, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> polls().size() == 3 && published.size() == 4);

        assertThat(names()).containsExactly("TeleportFinish", "ParcelProperties", "EnableSimulator",
                "EstablishAgentCommunication");
        assertThat(published).allSatisfy(m -> assertThat(m.origin()).isEqualTo("127.0.0.1:9000"));
        assertThat(Llsd.map(Llsd.array(published.get(2).body().get("SimulatorInfo")).get(0))).containsEntry("Port", 9001);
        List<Request> polls = polls();
        assertThat(body(polls.get(0))).containsEntry("ack", null).containsEntry("done", false);
        assertThat(body(polls.get(1))).containsEntry("ack", 48213).containsEntry("done", false);
        assertThat(body(polls.get(2))).containsEntry("ack", 48214).containsEntry("done", false);
        assertThat(polls.get(0).contentType()).isEqualTo("application/llsd+xml");
        assertThat(q.lastId()).isEqualTo(48214);

        List<TraceEntry> traced = trace.entries().stream()
                .filter(e -> e.direction() == TraceEntry.Direction.EVENT_IN).toList();
        assertThat(traced).extracting(TraceEntry::name).containsExactly("TeleportFinish", "ParcelProperties",
                "EnableSimulator", "EstablishAgentCommunication");
        String text = trace.toText();
        assertThat(text).contains("'SessionID':'***'").doesNotContain(session.toString())
                .doesNotContain("416d0473-6c4e").doesNotContain("5e8f7157-ebbe").contains("<= TeleportFinish");
    }

    @Test
    void a502IsRepolledAtOnceWithTheSameAck() throws Exception {
        server.route(PATH, r -> switch (r.index()) {
            case 0 -> events(901, "A", Map.of());
            case 1 -> Reply.status(502);
            case 2 -> events(902, "B", Map.of());
            default -> Reply.HOLD;
        });
        startQueue(CONFIG);
        await().atMost(Duration.ofSeconds(5)).until(() -> polls().size() == 4);
        List<Request> polls = polls();
        long gapMs = TimeUnit.NANOSECONDS.toMillis(polls.get(2).nanos() - polls.get(1).nanos());
        assertThat(gapMs).as("re-poll after 502").isLessThan(2000);
        assertThat(body(polls.get(2))).containsEntry("ack", 901);
        assertThat(body(polls.get(3))).containsEntry("ack", 902);
        assertThat(names()).containsExactly("A", "B");
    }

    @Test
    void instant502sOverAndOverAreSlowedDown() throws Exception {
        server.route(PATH, r -> Reply.status(502));
        EventQueueConfig config = CONFIG.withQuick502(Duration.ofSeconds(1), 3, Duration.ofMillis(200));
        startQueue(config);
        await().atMost(Duration.ofSeconds(10)).until(() -> polls().size() >= 8);
        List<Request> polls = polls();
        long spanMs = TimeUnit.NANOSECONDS.toMillis(polls.get(7).nanos() - polls.get(0).nanos());
        // three re-polled at once, then four each after 200 ms
        assertThat(spanMs).isGreaterThanOrEqualTo(750);
    }

    @Test
    void a404EndsTheQueueAndNoMorePollsAreSent() throws Exception {
        server.route(PATH, r -> r.index() == 0 ? events(77, "A", Map.of()) : Reply.status(404));
        EventQueueClient q = startQueue(CONFIG);
        EventQueueEnd end = q.ended().get(5, TimeUnit.SECONDS);
        assertThat(end.reason()).isEqualTo(EventQueueEnd.Reason.GONE);
        assertThat(end.detail()).contains("404");
        assertThat(end.lastId()).isEqualTo(77);
        assertThat(end.polls()).isEqualTo(2);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> polls().size() == 2);
        assertThat(trace.toText()).contains("event queue ended (gone)");
    }

    @Test
    void stopSendsDoneTrueWithTheLastAckAndEndsTheQueue() throws Exception {
        server.route(PATH, r -> {
            if (body(r).get("done") == Boolean.TRUE) {
                return Reply.status(200);
            }
            return r.index() == 0 ? events(48213, "A", Map.of()) : Reply.HOLD;
        });
        EventQueueClient q = startQueue(CONFIG);
        await().atMost(Duration.ofSeconds(5)).until(() -> server.held() == 1);
        EventQueueEnd end = q.stop().get(5, TimeUnit.SECONDS);
        queue = null;
        assertThat(end.reason()).isEqualTo(EventQueueEnd.Reason.STOPPED);
        assertThat(end.detail()).contains("HTTP 200");
        List<Request> polls = polls();
        assertThat(polls).hasSize(3);
        assertThat(body(polls.get(2))).containsEntry("ack", 48213).containsEntry("done", true);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> polls().size() == 3);
    }

    @Test
    void failingPollsBackOffAndEndTheQueueAfterTheBound() throws Exception {
        server.route(PATH, r -> Reply.status(500));
        EventQueueClient q = startQueue(CONFIG.withBackoff(Duration.ofMillis(50), Duration.ofMillis(150), 4));
        EventQueueEnd end = q.ended().get(10, TimeUnit.SECONDS);
        assertThat(end.reason()).isEqualTo(EventQueueEnd.Reason.FAILED);
        assertThat(end.detail()).isEqualTo("4 failed polls in a row; last: HTTP 500");
        List<Request> polls = polls();
        assertThat(polls).hasSize(4);
        long[] minGap = {45, 95, 145};
        for (int i = 1; i < 4; i++) {
            assertThat(TimeUnit.NANOSECONDS.toMillis(polls.get(i).nanos() - polls.get(i - 1).nanos()))
                    .as("wait before poll %d", i).isGreaterThanOrEqualTo(minGap[i - 1]);
        }
    }

    @Test
    void aPollWithoutAnswerTimesOutAndCountsAsAFailure() throws Exception {
        server.route(PATH, r -> Reply.HOLD);
        EventQueueClient q = startQueue(CONFIG.withReadTimeout(Duration.ofMillis(300))
                .withBackoff(Duration.ofMillis(10), Duration.ofMillis(10), 2));
        EventQueueEnd end = q.ended().get(10, TimeUnit.SECONDS);
        assertThat(end.reason()).isEqualTo(EventQueueEnd.Reason.FAILED);
        assertThat(end.detail()).contains("2 failed polls").contains("Timeout");
    }

    @Test
    void closingTheTransportEndsTheQueue() throws Exception {
        server.route(PATH, r -> Reply.HOLD);
        EventQueueClient q = startQueue(CONFIG);
        await().atMost(Duration.ofSeconds(5)).until(() -> server.held() == 1);
        http.close();
        assertThat(q.ended().get(5, TimeUnit.SECONDS).reason()).isEqualTo(EventQueueEnd.Reason.TRANSPORT_CLOSED);
        queue = null;
    }

    @Test
    void aGarbledReplyIsAFailureNotACrash() throws Exception {
        server.route(PATH, r -> r.index() == 0 ? Reply.ok("text/html", "<html>502 Bad Gateway</html>")
                : events(5, "A", Map.of()));
        startQueue(CONFIG.withBackoff(Duration.ofMillis(10), Duration.ofMillis(10), 3));
        await().atMost(Duration.ofSeconds(5)).until(() -> names().contains("A"));
        assertThat(trace.toText()).contains("unreadable reply");
    }
}
