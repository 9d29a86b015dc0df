package io.gridprobe.protocol.testgrid;

import io.gridprobe.protocol.capture.CaptureReader;
import io.gridprobe.protocol.capture.CaptureRecord;
import io.gridprobe.protocol.capture.SharedReference;
import io.gridprobe.protocol.login.LoginResponse;
import io.gridprobe.protocol.login.LoginSuccess;
import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.packet.PacketCodec;
import io.gridprobe.protocol.template.MessageTemplate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Test Alice's login to Alpha in {@code nmv_smoke.jsonl}, read at run time from the shared captures (never copied):
 * the login response, the seed-caps reply, the first event-queue replies and the region's join datagrams. Values
 * that point at the real grid (sim port, seed capability, cap URLs) are rewritten to a test's own servers.
 */
public final class CapturedSession {
    public static final String FILE = "nmv_smoke.jsonl";
    /** The grid's HTTP base as captured; every cap URL starts with it. */
    public static final String CAPTURED_BASE = "http://127.0.0.1:9000";

    private final List<CaptureRecord> records;
    private final PacketCodec codec = new PacketCodec(MessageTemplate.bundled());

    private CapturedSession(List<CaptureRecord> records) {
        this.records = records;
    }

    /** The capture, or the test is skipped (with {@link SharedReference#absentReason()}) when it is absent. */
    public static CapturedSession load() {
        Path file = SharedReference.root().map(r -> r.resolve("captures").resolve(FILE))
                .filter(java.nio.file.Files::isRegularFile).orElse(null);
        Assumptions.assumeTrue(file != null, SharedReference::absentReason);
        return new CapturedSession(CaptureReader.readUnchecked(file));
    }

    private CaptureRecord firstHttp(boolean fromClient, String marker) {
        return records.stream().filter(r -> r.isHttp() && r.fromClient() == fromClient && r.body() != null
                && r.body().contains(marker)).findFirst().orElseThrow(() -> new AssertionError(
                "no " + (fromClient ? "request" : "response") + " containing " + marker + " in " + FILE));
    }

    /** The captured login response body exactly as the grid sent it. */
    public String loginResponseBody() {
        return firstHttp(false, "<methodResponse>").body();
    }

    public LoginSuccess loginSuccess() {
        return (LoginSuccess) LoginResponse.parse(loginResponseBody().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The captured login response with sim_ip, sim_port and seed_capability pointing at a test's peers; every other
     * byte as captured.
     */
    public String loginResponse(String simIp, int simPort, String seedCapability) {
        String body = loginResponseBody();
        body = replaceMember(body, "sim_ip", "<string>" + simIp + "</string>");
        body = replaceMember(body, "sim_port", "<i4>" + simPort + "</i4>");
        return replaceMember(body, "seed_capability", "<string>" + seedCapability + "</string>");
    }

    private static String replaceMember(String body, String name, String value) {
        Pattern p = Pattern.compile("(<member><name>" + Pattern.quote(name) + "</name><value>)(.*?)(</value></member>)");
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new AssertionError("captured login response has no member " + name);
        }
        return m.replaceFirst(Matcher.quoteReplacement(m.group(1) + value + m.group(3)));
    }

    /** The captured seed-caps request path ({@code /CAPS/.../}). */
    public String seedPath() {
        return firstHttp(true, "<string>EventQueueGet</string>").uri();
    }

    /** The captured seed-caps reply (LLSD XML without a declaration) with cap URLs moved to {@code base}. */
    public String seedReply(String base) {
        return firstHttp(false, "<key>EventQueueGet</key>").body().replace(CAPTURED_BASE, base);
    }

    /** The path of the captured EventQueueGet cap ({@code /CE/...}). */
    public String eventQueuePath() {
        return firstHttp(true, "<key>done</key>").uri();
    }

    /** The captured event-queue replies, in order (ParcelProperties, then EnableSimulator with its neighbour). */
    public List<String> eventQueueReplies() {
        return records.stream().filter(r -> r.isHttp() && !r.fromClient() && r.body() != null
                && r.body().startsWith("<llsd><map><key>events</key>")).map(CaptureRecord::body).toList();
    }

    /** The first message of this name the region sent, decoded from the captured datagram. */
    public Message fromRegion(String name) {
        for (CaptureRecord r : records) {
            if (r.isUdp() && !r.fromClient()) {
                Message m = codec.decode(r.payload()).message();
                if (m.name().equals(name)) {
                    return m;
                }
            }
        }
        throw new AssertionError("no " + name + " from the region in " + FILE);
    }

    /** The first message of this name the client sent. */
    public Message fromClient(String name) {
        for (CaptureRecord r : records) {
            if (r.isUdp() && r.fromClient()) {
                Message m = codec.decode(r.payload()).message();
                if (m.name().equals(name)) {
                    return m;
                }
            }
        }
        throw new AssertionError("no " + name + " from the client in " + FILE);
    }
}
