package io.gridprobe.protocol.packet;

import io.gridprobe.protocol.template.BlockDef;
import io.gridprobe.protocol.template.FieldDef;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders messages for people (traces, the CLI, failure reports). Session ids and passwords are secrets that grant
 * control of an agent, so fields carrying them are always masked, whatever the caller asks for.
 */
public final class MessageFormatter {
    private static final int MAX_BYTES_SHOWN = 48;

    private MessageFormatter() {
    }

    /** True for fields whose values must never be shown: session ids and passwords. */
    public static boolean isSecret(String fieldName) {
        String n = fieldName.toLowerCase(Locale.ROOT);
        return n.equals("sessionid") || n.equals("securesessionid") || n.contains("password");
    }

    /** {@code Name} alone, or with {@code verbose} {@code Name Block{Field=value ...} ...}. */
    public static String format(Message m, boolean verbose) {
        if (!verbose) {
            return m.name();
        }
        StringBuilder sb = new StringBuilder(m.name());
        try {
            for (BlockDef block : m.blockDefs()) {
                int count = m.blockCount(block.name());
                for (int i = 0; i < count; i++) {
                    sb.append(' ').append(block.name());
                    if (block.cardinality() != BlockDef.Cardinality.SINGLE) {
                        sb.append('[').append(i).append(']');
                    }
                    sb.append('{');
                    Block b = m.block(block.name(), i);
                    boolean first = true;
                    for (FieldDef f : block.fields()) {
                        if (!first) {
                            sb.append(' ');
                        }
                        first = false;
                        sb.append(f.name()).append('=').append(render(b, f));
                    }
                    sb.append('}');
                }
            }
            if (m.trailingByteCount() > 0) {
                sb.append(" +").append(m.trailingByteCount()).append(" trailing bytes");
            }
        } catch (MalformedPacketException e) {
            sb.append(" <").append(e.getMessage()).append('>');
        }
        return sb.toString();
    }

    /** Blocks as lists of field maps with printable, masked values: for JSON traces and reports. */
    public static Map<String, Object> toMap(Message m) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (BlockDef block : m.blockDefs()) {
            int count = m.blockCount(block.name());
            List<Map<String, Object>> reps = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Block b = m.block(block.name(), i);
                Map<String, Object> fields = new LinkedHashMap<>();
                for (FieldDef f : block.fields()) {
                    Object v = b.get(f.name());
                    fields.put(f.name(), isSecret(f.name()) ? masked()
                            : v instanceof Number || v instanceof Boolean ? v : render(b, f));
                }
                reps.add(fields);
            }
            out.put(block.name(), reps);
        }
        return out;
    }

    private static String masked() {
        return "***";
    }

    private static String render(Block b, FieldDef f) {
        if (isSecret(f.name())) {
            return masked();
        }
        Object v = b.get(f.name());
        if (v instanceof byte[] bytes) {
            return renderBytes(bytes);
        }
        if (v instanceof InetAddress a) {
            return a.getHostAddress();
        }
        return String.valueOf(v);
    }

    /** Text when the bytes are UTF-8 text (less the NUL terminator), else hex, cut after a few dozen bytes. */
    static String renderBytes(byte[] bytes) {
        int len = bytes.length;
        if (len > 0 && bytes[len - 1] == 0) {
            len--;
        }
        if (len > 0 && isText(bytes, len)) {
            String s = new String(bytes, 0, len, StandardCharsets.UTF_8);
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
        }
        int shown = Math.min(bytes.length, MAX_BYTES_SHOWN);
        String hex = HexFormat.of().formatHex(bytes, 0, shown);
        return "0x" + hex + (bytes.length > shown ? "...(" + bytes.length + " bytes)" : "");
    }

    private static boolean isText(byte[] b, int len) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, 0, len)).toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                    return false;
                }
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
