package io.gridprobe.protocol.packet;

import io.gridprobe.protocol.template.BlockDef;
import io.gridprobe.protocol.template.FieldDef;
import io.gridprobe.protocol.template.MessageDef;
import io.gridprobe.protocol.template.MessageTemplate;
import io.gridprobe.protocol.types.Quaternion;
import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.protocol.types.Vector3d;
import io.gridprobe.protocol.types.Vector4;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Creates a message field by field. Each {@link #block(String)} call starts a new repetition of that block; fields
 * not set are zero (or empty). Values are checked against the field's type when the message is built, with errors
 * that name the field.
 * <pre>{@code
 * Message chat = MessageBuilder.create(template, "ChatFromViewer")
 *     .block("AgentData").set("AgentID", agentId).set("SessionID", sessionId)
 *     .block("ChatData").set("Message", "hello").set("Type", 1).set("Channel", 0)
 *     .build();
 * }</pre>
 */
public final class MessageBuilder {
    private final MessageDef def;
    private final List<List<Object[]>> repetitions;
    private Object[] current;
    private int currentBlock = -1;
    private byte[] trailing = new byte[0];

    private MessageBuilder(MessageDef def) {
        this.def = def;
        this.repetitions = new ArrayList<>(def.blocks().size());
        for (int i = 0; i < def.blocks().size(); i++) {
            repetitions.add(new ArrayList<>(1));
        }
    }

    public static MessageBuilder create(MessageTemplate template, String messageName) {
        return new MessageBuilder(template.get(messageName));
    }

    public static MessageBuilder create(MessageDef def) {
        return new MessageBuilder(def);
    }

    /** Starts a new repetition of the named block; following {@link #set} calls fill it. */
    public MessageBuilder block(String blockName) {
        int b = def.blockIndex(blockName);
        if (b < 0) {
            throw new IllegalArgumentException("message " + def.name() + " has no block " + blockName);
        }
        currentBlock = b;
        current = new Object[def.blocks().get(b).fields().size()];
        repetitions.get(b).add(current);
        return this;
    }

    /** Sets a field of the current block repetition. */
    public MessageBuilder set(String fieldName, Object value) {
        if (current == null) {
            throw new IllegalStateException("call block(name) before set(" + fieldName + ")");
        }
        BlockDef block = def.blocks().get(currentBlock);
        int f = block.fieldIndex(fieldName);
        if (f < 0) {
            throw new IllegalArgumentException(def.name() + "." + block.name() + " has no field " + fieldName);
        }
        current[f] = value;
        return this;
    }

    /** Bytes to write after the last field; real grids send some, and a faithful copy keeps them. */
    public MessageBuilder trailingBytes(byte[] bytes) {
        this.trailing = bytes.clone();
        return this;
    }

    public Message build() {
        Writer w = new Writer(64);
        w.pos = Message.writeNumber(def, w.ensure(4), 0);
        var blocks = def.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            BlockDef block = blocks.get(b);
            List<Object[]> reps = repetitions.get(b);
            int count = switch (block.cardinality()) {
                case SINGLE -> 1;
                case MULTIPLE -> block.count();
                case VARIABLE -> reps.size();
            };
            if (reps.size() > count || (block.cardinality() == BlockDef.Cardinality.VARIABLE && count > 255)) {
                throw new IllegalArgumentException(def.name() + "." + block.name() + " takes "
                        + (block.cardinality() == BlockDef.Cardinality.VARIABLE ? "at most 255" : "exactly " + count)
                        + " repetitions, not " + reps.size());
            }
            if (block.cardinality() == BlockDef.Cardinality.VARIABLE) {
                w.ensure(1)[w.pos++] = (byte) count;
            }
            for (int i = 0; i < count; i++) {
                Object[] values = i < reps.size() ? reps.get(i) : new Object[block.fields().size()];
                for (int f = 0; f < values.length; f++) {
                    writeField(w, block, block.fields().get(f), values[f]);
                }
            }
        }
        System.arraycopy(trailing, 0, w.ensure(trailing.length), w.pos, trailing.length);
        w.pos += trailing.length;
        byte[] body = Arrays.copyOf(w.buf, w.pos);
        return new Message(def, body, 0, body.length, false);
    }

    private void writeField(Writer w, BlockDef block, FieldDef field, Object v) {
        try {
            FieldWriter.write(w, field, v);
        } catch (ClassCastException | IllegalArgumentException e) {
            throw new IllegalArgumentException(def.name() + "." + block.name() + "." + field.name() + " ("
                    + field.typeText() + "): " + (e instanceof ClassCastException ? "cannot take a "
                    + v.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    /** A growable little byte buffer. */
    static final class Writer {
        byte[] buf;
        int pos;

        Writer(int capacity) {
            buf = new byte[capacity];
        }

        /** Makes room for n more bytes and returns the buffer to write them into at {@link #pos}. */
        byte[] ensure(int n) {
            if (pos + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
            }
            return buf;
        }
    }

    /** Writes one field value; {@code null} writes zero (or an empty Variable). */
    static final class FieldWriter {
        private FieldWriter() {
        }

        static void write(Writer w, FieldDef field, Object v) {
            switch (field.type()) {
                case U8, S8, BOOL -> w.ensure(1)[w.pos++] = (byte) (v instanceof Boolean bo ? (bo ? 1 : 0) : num(v).longValue());
                case U16, S16 -> {
                    LittleEndian.putU16(w.ensure(2), w.pos, (int) num(v).longValue());
                    w.pos += 2;
                }
                case U32, S32 -> {
                    LittleEndian.putS32(w.ensure(4), w.pos, (int) num(v).longValue());
                    w.pos += 4;
                }
                case U64, S64 -> {
                    LittleEndian.putS64(w.ensure(8), w.pos, num(v).longValue());
                    w.pos += 8;
                }
                case F32 -> {
                    LittleEndian.putF32(w.ensure(4), w.pos, num(v).floatValue());
                    w.pos += 4;
                }
                case F64 -> {
                    LittleEndian.putF64(w.ensure(8), w.pos, num(v).doubleValue());
                    w.pos += 8;
                }
                case LLVector3 -> {
                    Vector3 vec = v == null ? Vector3.ZERO : (Vector3) v;
                    floats(w, vec.x(), vec.y(), vec.z());
                }
                case LLQuaternion -> {
                    Quaternion q = v == null ? Quaternion.IDENTITY : (Quaternion) v;
                    // The wire carries a unit quaternion with w >= 0; negate all when w < 0 so the receiver's derived w is right.
                    float s = q.w() < 0 ? -1f : 1f;
                    floats(w, s * q.x(), s * q.y(), s * q.z());
                }
                case LLVector4 -> {
                    Vector4 vec = v == null ? new Vector4(0, 0, 0, 0) : (Vector4) v;
                    floats(w, vec.x(), vec.y(), vec.z(), vec.w());
                }
                case LLVector3d -> {
                    Vector3d vec = v == null ? new Vector3d(0, 0, 0) : (Vector3d) v;
                    byte[] b = w.ensure(24);
                    LittleEndian.putF64(b, w.pos, vec.x());
                    LittleEndian.putF64(b, w.pos + 8, vec.y());
                    LittleEndian.putF64(b, w.pos + 16, vec.z());
                    w.pos += 24;
                }
                case LLUUID -> {
                    UUID id = v == null ? new UUID(0, 0) : v instanceof String s ? UUID.fromString(s) : (UUID) v;
                    byte[] b = w.ensure(16);
                    LittleEndian.putBeLong(b, w.pos, id.getMostSignificantBits());
                    LittleEndian.putBeLong(b, w.pos + 8, id.getLeastSignificantBits());
                    w.pos += 16;
                }
                case IPADDR -> {
                    byte[] addr = v == null ? new byte[4] : v instanceof InetAddress a ? a.getAddress() : (byte[]) v;
                    if (addr.length != 4) {
                        throw new IllegalArgumentException("needs an IPv4 address, got " + addr.length + " bytes");
                    }
                    System.arraycopy(addr, 0, w.ensure(4), w.pos, 4);
                    w.pos += 4;
                }
                case IPPORT -> {
                    int port = (int) num(v).longValue();
                    byte[] b = w.ensure(2);
                    b[w.pos] = (byte) (port >>> 8);
                    b[w.pos + 1] = (byte) port;
                    w.pos += 2;
                }
                case Fixed -> {
                    byte[] data = v == null ? new byte[field.size()] : bytes(v, false);
                    if (data.length != field.size()) {
                        throw new IllegalArgumentException("needs exactly " + field.size() + " bytes, got " + data.length);
                    }
                    System.arraycopy(data, 0, w.ensure(data.length), w.pos, data.length);
                    w.pos += data.length;
                }
                case Variable -> {
                    byte[] data = v == null ? new byte[0] : bytes(v, true);
                    int max = field.size() == 1 ? 0xFF : 0xFFFF;
                    if (data.length > max) {
                        throw new IllegalArgumentException("holds at most " + max + " bytes, got " + data.length);
                    }
                    byte[] b = w.ensure(field.size() + data.length);
                    if (field.size() == 1) {
                        b[w.pos] = (byte) data.length;
                    } else {
                        LittleEndian.putU16(b, w.pos, data.length);
                    }
                    w.pos += field.size();
                    System.arraycopy(data, 0, b, w.pos, data.length);
                    w.pos += data.length;
                }
            }
        }

        private static Number num(Object v) {
            return v == null ? 0 : (Number) v;
        }

        /** byte[] as given; a String as UTF-8 with the terminating NUL that viewers and sims expect (none when empty). */
        private static byte[] bytes(Object v, boolean nulTerminate) {
            if (v instanceof byte[] b) {
                return b;
            }
            String s = (String) v;
            if (s.isEmpty()) {
                return new byte[0];
            }
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            return nulTerminate ? Arrays.copyOf(utf8, utf8.length + 1) : utf8;
        }

        private static void floats(Writer w, float... fs) {
            byte[] b = w.ensure(4 * fs.length);
            for (float f : fs) {
                LittleEndian.putF32(b, w.pos, f);
                w.pos += 4;
            }
        }
    }
}
