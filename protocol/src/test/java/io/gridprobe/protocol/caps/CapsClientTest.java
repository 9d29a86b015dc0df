package io.gridprobe.protocol.caps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridprobe.protocol.http.HttpTransport;
import io.gridprobe.protocol.llsd.Llsd;
import io.gridprobe.protocol.llsd.LlsdBinary;
import io.gridprobe.protocol.llsd.LlsdXml;
import io.gridprobe.protocol.testgrid.CapturedSession;
import io.gridprobe.protocol.testgrid.ScriptedHttpServer;
import io.gridprobe.protocol.testgrid.ScriptedHttpServer.Reply;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Capability requests over real HTTP against scripted answers, including OpenSim's mislabelled ones. */
class CapsClientTest {
    private HttpTransport http;
    private ScriptedHttpServer server;
    private CapsClient caps;

    @BeforeEach
    void start() throws Exception {
        http = HttpTransport.create("caps-test");
        server = new ScriptedHttpServer();
        caps = new CapsClient(http, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.close();
        http.close();
    }

    private static <T> Throwable failure(java.util.concurrent.CompletableFuture<T> f) throws Exception {
        try {
            f.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("did not fail");
    }

    @Test
    void theCapturedSeedReplyLabelledTextHtmlWithoutXmlHeaderParses() throws Exception {
        CapturedSession captured = CapturedSession.load();
        server.route("/CAPS/", r -> Reply.ok("text/html;charset=UTF-8", captured.seedReply(server.base())));
        List<String> wanted = List.of("EventQueueGet", "FetchInventory2", "SimulatorFeatures", "NoSuchCap");
        Capabilities granted = caps.seed(server.uri(captured.seedPath()), wanted).get(10, TimeUnit.SECONDS);

        int inCapture = Llsd.map(LlsdXml.parse(captured.seedReply(server.base()))).size();
        assertThat(granted.size()).isEqualTo(inCapture).isGreaterThan(40);
        assertThat(granted.require("EventQueueGet")).isEqualTo(server.uri(captured.eventQueuePath()));
        assertThat(granted.get("NoSuchCap")).isEmpty();
        assertThatThrownBy(() -> granted.require("NoSuchCap")).isInstanceOf(MissingCapabilityException.class)
                .hasMessageContaining("NoSuchCap").hasMessageContaining("of the 4 requested");
        assertThatThrownBy(() -> granted.require("Unasked")).isInstanceOf(MissingCapabilityException.class)
                .hasMessageContaining("not requested");
        assertThat(granted.toString()).contains("EventQueueGet").doesNotContain("/CE/");

        ScriptedHttpServer.Request sent = server.requests("/CAPS/").get(0);
        assertThat(sent.contentType()).isEqualTo("application/llsd+xml");
        assertThat(Llsd.array(LlsdXml.parse(sent.body()))).containsExactlyElementsOf(wanted);
    }

    @Test
    void binaryAndNotationAnswersAreRecognisedByTheirBytes() throws Exception {
        Map<String, Object> value = Llsd.mapOf("a", 1, "b", "two");
        server.route("/bin", r -> new Reply(200, "text/plain", LlsdBinary.formatWithHeader(value)));
        server.route("/nota", r -> Reply.ok("application/octet-stream", "{'a':i1,'b':'two'}"));
        server.route("/xml", r -> Reply.ok("text/html", "\n  <?xml version=\"1.0\"?><llsd><map><key>a</key>"
                + "<integer>1</integer><key>b</key><string>two</string></map></llsd>"));
        for (String path : List.of("/bin", "/nota", "/xml")) {
            Object got = caps.getLlsd(server.uri(path)).get(10, TimeUnit.SECONDS);
            assertThat(Llsd.deepEquals(got, value)).as(path).isTrue();
        }
    }

    @Test
    void postBytesGivesLlsdWhenItIsLlsdAndTheBytesOtherwise() throws Exception {
        server.route("/upload", r -> Reply.ok("text/html", "<llsd><map><key>state</key><string>complete</string>"
                + "</map></llsd>"));
        server.route("/plain", r -> Reply.ok("text/plain", "this is not LLSD {"));
        Object uploaded = caps.postBytes("NewFileAgentInventory", server.uri("/upload"), new byte[] {1, 2, 3},
                "application/octet-stream").get(10, TimeUnit.SECONDS);
        assertThat(Llsd.map(uploaded)).containsEntry("state", "complete");
        assertThat(server.requests("/upload").get(0).body()).containsExactly(1, 2, 3);
        Object raw = caps.postBytes(server.uri("/plain"), new byte[0], "text/plain").get(10, TimeUnit.SECONDS);
        assertThat(new String((byte[]) raw, StandardCharsets.UTF_8)).isEqualTo("this is not LLSD {");
    }

    @Test
    void anErrorStatusNamesTheCapAndHostButNotTheWholeUrl() throws Exception {
        server.route("/0b1dbc65-0b4c-47e9-9225-ced3f2c73c0b", r -> Reply.status(500));
        URI cap = server.uri("/0b1dbc65-0b4c-47e9-9225-ced3f2c73c0b");
        Throwable e = failure(caps.postLlsd("FetchInventory2", cap, Llsd.mapOf("items", List.of())));
        assertThat(e).isInstanceOf(CapabilityException.class).hasMessageContaining("FetchInventory2")
                .hasMessageContaining("HTTP 500").hasMessageContaining("127.0.0.1:" + server.port())
                .hasMessageNotContaining("0b1dbc65-0b4c");
        assertThat(((CapabilityException) e).status()).isEqualTo(500);
        assertThat(((CapabilityException) e).capName()).isEqualTo("FetchInventory2");
    }

    @Test
    void garbageAndUnreachableCapsFailTyped() throws Exception {
        server.route("/garbage", r -> Reply.ok("text/html", "<html>oops</html>"));
        server.route("/seedlist", r -> Reply.ok("text/html", "<llsd><array><string>x</string></array></llsd>"));
        assertThat(failure(caps.getLlsd(server.uri("/garbage")))).isInstanceOf(CapabilityException.class)
                .hasMessageContaining("unreadable answer");
        assertThat(failure(caps.seed(server.uri("/seedlist"), List.of("x")))).isInstanceOf(CapabilityException.class)
                .hasMessageContaining("not a map");
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Throwable e = failure(caps.getLlsd("GetTexture", URI.create("http://127.0.0.1:" + port + "/abc")));
        assertThat(e).isInstanceOf(CapabilityException.class).hasMessageContaining("cannot connect");
        assertThat(((CapabilityException) e).status()).isEqualTo(CapabilityException.NO_STATUS);
    }

    @Test
    void sniffingLooksAtTheBody() {
        assertThat(LlsdBodies.sniff(new byte[0])).isEqualTo(LlsdBodies.Format.EMPTY);
        assertThat(LlsdBodies.sniff(" \n<llsd/>".getBytes())).isEqualTo(LlsdBodies.Format.XML);
        assertThat(LlsdBodies.sniff("<? LLSD/Binary ?>\n{".getBytes())).isEqualTo(LlsdBodies.Format.BINARY);
        assertThat(LlsdBodies.sniff("[i1]".getBytes())).isEqualTo(LlsdBodies.Format.NOTATION);
        assertThat(LlsdBodies.parse(new byte[0])).isNull();
    }
}
