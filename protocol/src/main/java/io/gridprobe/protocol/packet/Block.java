package io.gridprobe.protocol.packet;

import io.gridprobe.protocol.template.BlockDef;
import io.gridprobe.protocol.template.FieldDef;
import io.gridprobe.protocol.template.FieldType;
import io.gridprobe.protocol.types.Quaternion;
import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.protocol.types.Vector3d;
import io.gridprobe.protocol.types.Vector4;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/**
 * One repetition of a block of a decoded message: typed reads of its fields by name. Reads check the field's type,
 * so that asking for {@code u8} of a U32 field is a clear error rather than a silent misread.
 */
public final class Block {
    private final Message message;
    private final int blockIndex;
    private final int instance;

    Block(Message message, int blockIndex, int instance) {
        this.message = message;
        this.blockIndex = blockIndex;
        this.instance = instance;
    }

    public BlockDef def() {
        return message.def().blocks().get(blockIndex);
    }

    public int index() {
        return instance;
    }

    public boolean has(String field) {
        return def().fieldIndex(field) >= 0;
    }

    public int u8(String field) {
        return message.bytes()[offset(field, FieldType.U8)] & 0xFF;
    }

    public int u16(String field) {
        return LittleEndian.u16(message.bytes(), offset(field, FieldType.U16));
    }

    public long u32(String field) {
        return LittleEndian.s32(message.bytes(), offset(field, FieldType.U32)) & 0xFFFF_FFFFL;
    }

    /** The raw 64 bits; an unsigned value above Long.MAX_VALUE reads as negative. */
    public long u64(String field) {
        return LittleEndian.s64(message.bytes(), offset(field, FieldType.U64));
    }

    public int s8(String field) {
        return message.bytes()[offset(field, FieldType.S8)];
    }

    public int s16(String field) {
        return LittleEndian.s16(message.bytes(), offset(field, FieldType.S16));
    }

    public int s32(String field) {
        return LittleEndian.s32(message.bytes(), offset(field, FieldType.S32));
    }

    public long s64(String field) {
        return LittleEndian.s64(message.bytes(), offset(field, FieldType.S64));
    }

    public float f32(String field) {
        return LittleEndian.f32(message.bytes(), offset(field, FieldType.F32));
    }

    public double f64(String field) {
        return LittleEndian.f64(message.bytes(), offset(field, FieldType.F64));
    }

    public boolean bool(String field) {
        return message.bytes()[offset(field, FieldType.BOOL)] != 0;
    }

    public UUID uuid(String field) {
        int o = offset(field, FieldType.LLUUID);
        byte[] b = message.bytes();
        return new UUID(LittleEndian.beLong(b, o), LittleEndian.beLong(b, o + 8));
    }

    public Vector3 vector3(String field) {
        int o = offset(field, FieldType.LLVector3);
        byte[] b = message.bytes();
        return new Vector3(LittleEndian.f32(b, o), LittleEndian.f32(b, o + 4), LittleEndian.f32(b, o + 8));
    }

    public Vector3d vector3d(String field) {
        int o = offset(field, FieldType.LLVector3d);
        byte[] b = message.bytes();
        return new Vector3d(LittleEndian.f64(b, o), LittleEndian.f64(b, o + 8), LittleEndian.f64(b, o + 16));
    }

    public Vector4 vector4(String field) {
        int o = offset(field, FieldType.LLVector4);
        byte[] b = message.bytes();
        return new Vector4(LittleEndian.f32(b, o), LittleEndian.f32(b, o + 4), LittleEndian.f32(b, o + 8),
                LittleEndian.f32(b, o + 12));
    }

    public Quaternion quaternion(String field) {
        int o = offset(field, FieldType.LLQuaternion);
        byte[] b = message.bytes();
        return Quaternion.fromWire(LittleEndian.f32(b, o), LittleEndian.f32(b, o + 4), LittleEndian.f32(b, o + 8));
    }

    /** IPADDR: four bytes in network order. */
    public Inet4Address ipAddr(String field) {
        int o = offset(field, FieldType.IPADDR);
        try {
            return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(message.bytes(), o, o + 4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    /** IPPORT: big-endian, unlike every other integer of the body. */
    public int ipPort(String field) {
        int o = offset(field, FieldType.IPPORT);
        byte[] b = message.bytes();
        return ((b[o] & 0xFF) << 8) | (b[o + 1] & 0xFF);
    }

    /** The content of a Fixed or Variable field (without a Variable field's length prefix). */
    public byte[] bytes(String field) {
        FieldDef f = field(field);
        int o = rawOffset(f, field);
        byte[] b = message.bytes();
        return switch (f.type()) {
            case Fixed -> Arrays.copyOfRange(b, o, o + f.size());
            case Variable -> {
                int len = variableLength(b, o, f);
                yield Arrays.copyOfRange(b, o + f.size(), o + f.size() + len);
            }
            default -> throw wrongType(f, "Fixed or Variable");
        };
    }

    /** A Variable field read as UTF-8 text, without the terminating NUL that senders usually include. */
    public String string(String field) {
        FieldDef f = field(field);
        if (f.type() != FieldType.Variable) {
            throw wrongType(f, "Variable");
        }
        byte[] b = message.bytes();
        int o = rawOffset(f, field);
        int len = variableLength(b, o, f);
        int start = o + f.size();
        int end = start + len;
        while (end > start && b[end - 1] == 0) {
            end--;
        }
        return new String(b, start, end - start, StandardCharsets.UTF_8);
    }

    /** Any field as a boxed value (see {@link FieldValues}); for generic walks such as printing and copying. */
    public Object get(String field) {
        FieldDef f = field(field);
        return switch (f.type()) {
            case U8 -> u8(field);
            case U16 -> u16(field);
            case U32 -> u32(field);
            case U64 -> u64(field);
            case S8 -> s8(field);
            case S16 -> s16(field);
            case S32 -> s32(field);
            case S64 -> s64(field);
            case F32 -> f32(field);
            case F64 -> f64(field);
            case LLVector3 -> vector3(field);
            case LLVector3d -> vector3d(field);
            case LLVector4 -> vector4(field);
            case LLQuaternion -> quaternion(field);
            case LLUUID -> uuid(field);
            case BOOL -> bool(field);
            case IPADDR -> ipAddr(field);
            case IPPORT -> ipPort(field);
            case Fixed, Variable -> bytes(field);
        };
    }

    private static int variableLength(byte[] b, int o, FieldDef f) {
        return f.size() == 1 ? b[o] & 0xFF : LittleEndian.u16(b, o);
    }

    private FieldDef field(String name) {
        int i = def().fieldIndex(name);
        if (i < 0) {
            throw new IllegalArgumentException(message.name() + "." + def().name() + " has no field " + name);
        }
        return def().fields().get(i);
    }

    private int rawOffset(FieldDef f, String name) {
        return message.fieldOffset(blockIndex, instance, def().fieldIndex(name));
    }

    private int offset(String name, FieldType expected) {
        int i = def().fieldIndex(name);
        if (i < 0) {
            throw new IllegalArgumentException(message.name() + "." + def().name() + " has no field " + name);
        }
        FieldDef f = def().fields().get(i);
        if (f.type() != expected) {
            throw wrongType(f, expected.name());
        }
        return message.fieldOffset(blockIndex, instance, i);
    }

    private IllegalArgumentException wrongType(FieldDef f, String asked) {
        return new IllegalArgumentException(message.name() + "." + def().name() + "." + f.name() + " is "
                + f.typeText() + ", not " + asked);
    }

    @Override
    public String toString() {
        return message.name() + "." + def().name() + "[" + instance + "]";
    }
}
