package io.gridprobe.protocol.template;

/**
 * The field types of the message template. {@link #size} is the wire size in bytes for fixed-size types;
 * {@code Fixed N} and {@code Variable 1|2} take their size from the field definition.
 */
public enum FieldType {
    U8(1), U16(2), U32(4), U64(8),
    S8(1), S16(2), S32(4), S64(8),
    F32(4), F64(8),
    LLVector3(12), LLVector3d(24), LLVector4(16), LLQuaternion(12),
    LLUUID(16), BOOL(1),
    /** Four address bytes in network order. */
    IPADDR(4),
    /** Big-endian unsigned 16-bit port: the one integer that is not little-endian. */
    IPPORT(2),
    Fixed(-1),
    Variable(-1);

    private final int size;

    FieldType(int size) {
        this.size = size;
    }

    /** Wire size of fixed-size types, -1 for Fixed and Variable. */
    public int size() {
        return size;
    }

    static FieldType parse(String token) {
        for (FieldType t : values()) {
            if (t.name().equals(token)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown field type '" + token + "'");
    }
}
