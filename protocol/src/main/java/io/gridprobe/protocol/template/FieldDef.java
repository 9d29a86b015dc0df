package io.gridprobe.protocol.template;

/**
 * One field of a block. {@code size} is the byte count of a {@code Fixed} field, the width (1 or 2) of a
 * {@code Variable} field's length prefix, and the wire size of every other type.
 */
public record FieldDef(String name, FieldType type, int size) {
    public FieldDef {
        if (type == FieldType.Variable && size != 1 && size != 2) {
            throw new IllegalArgumentException("Variable field " + name + " needs a length prefix of 1 or 2, not " + size);
        }
        if (type == FieldType.Fixed && size <= 0) {
            throw new IllegalArgumentException("Fixed field " + name + " needs a positive size, not " + size);
        }
    }

    public static FieldDef of(String name, FieldType type) {
        return new FieldDef(name, type, type.size());
    }

    public boolean isVariable() {
        return type == FieldType.Variable;
    }

    /** Template text of the type, e.g. {@code U32}, {@code Fixed 4}, {@code Variable 2}. */
    public String typeText() {
        return switch (type) {
            case Fixed, Variable -> type.name() + " " + size;
            default -> type.name();
        };
    }
}
