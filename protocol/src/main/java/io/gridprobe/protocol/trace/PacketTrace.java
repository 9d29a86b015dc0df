package io.gridprobe.protocol.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridprobe.protocol.packet.MalformedPacketException;
import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.packet.MessageFormatter;
import io.gridprobe.protocol.packet.PacketFlags;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bounded ring of the last packets and events an agent sent and received, for the evidence attached to a failed
 * test. Rendering (and so decoding) happens only when it is dumped; secrets are masked by {@link MessageFormatter}.
 */
public final class PacketTrace {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TraceEntry[] ring;
    private long written;

    public PacketTrace(int capacity) {
        this.ring = new TraceEntry[Math.max(1, capacity)];
    }

    public synchronized void record(TraceEntry e) {
        ring[(int) (written++ % ring.length)] = e;
    }

    public void note(String origin, String text) {
        record(new TraceEntry(System.currentTimeMillis(), TraceEntry.Direction.NOTE, origin, -1, 0, "note", null, text, null));
    }

    /** The entries, oldest first. */
    public synchronized List<TraceEntry> entries() {
        int n = (int) Math.min(written, ring.length);
        List<TraceEntry> out = new ArrayList<>(n);
        for (long i = written - n; i < written; i++) {
            out.add(ring[(int) (i % ring.length)]);
        }
        return out;
    }

    /** How many entries fell out of the ring. */
    public synchronized long dropped() {
        return Math.max(0, written - ring.length);
    }

    /** One line an entry: {@code time origin -> #seq flags Name fields...}. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        long dropped = dropped();
        if (dropped > 0) {
            sb.append("(").append(dropped).append(" earlier entries not kept)\n");
        }
        for (TraceEntry e : entries()) {
            sb.append(Instant.ofEpochMilli(e.epochMillis())).append(' ').append(e.origin()).append(' ')
                    .append(e.direction().arrow()).append(' ');
            if (e.sequence() >= 0) {
                sb.append('#').append(e.sequence()).append(' ').append(PacketFlags.describe(e.flags())).append(' ');
            }
            sb.append(render(e));
            if (e.acks() != null && e.acks().length > 0) {
                sb.append(" acks=").append(Arrays.toString(e.acks()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** One JSON object an entry. */
    public String toJsonLines() {
        StringBuilder sb = new StringBuilder();
        for (TraceEntry e : entries()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("time", Instant.ofEpochMilli(e.epochMillis()).toString());
            o.put("dir", e.direction().name().toLowerCase(java.util.Locale.ROOT));
            o.put("origin", e.origin());
            if (e.sequence() >= 0) {
                o.put("seq", e.sequence());
                o.put("flags", PacketFlags.describe(e.flags()));
            }
            o.put("name", e.name());
            if (e.message() != null) {
                try {
                    o.put("blocks", MessageFormatter.toMap(e.message()));
                } catch (MalformedPacketException ex) {
                    o.put("error", ex.getMessage());
                }
            }
            if (e.text() != null) {
                o.put("text", e.text());
            }
            if (e.acks() != null && e.acks().length > 0) {
                o.put("acks", e.acks());
            }
            try {
                sb.append(JSON.writeValueAsString(o)).append('\n');
            } catch (JsonProcessingException ex) {
                sb.append("{\"error\":\"unrenderable entry\"}\n");
            }
        }
        return sb.toString();
    }

    private static String render(TraceEntry e) {
        Message m = e.message();
        if (m != null) {
            return MessageFormatter.format(m, true);
        }
        return e.name() + (e.text() == null ? "" : " " + e.text());
    }
}
