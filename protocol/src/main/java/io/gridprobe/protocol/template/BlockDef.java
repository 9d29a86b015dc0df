package io.gridprobe.protocol.template;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of a message: how often it repeats, and its fields in wire order.
 * {@code count} is 1 for Single, N for Multiple N, and 0 for Variable (a U8 count on the wire).
 */
public final class BlockDef {
    public enum Cardinality { SINGLE, MULTIPLE, VARIABLE }

    private final String name;
    private final Cardinality cardinality;
    private final int count;
    private final List<FieldDef> fields;
    private final Map<String, Integer> indexByName;
    /** Sum of the field sizes when no field is Variable, else -1: lets the layout skip fixed blocks in one step. */
    private final int fixedSize;

    public BlockDef(String name, Cardinality cardinality, int count, List<FieldDef> fields) {
        this.name = name;
        this.cardinality = cardinality;
        this.count = cardinality == Cardinality.SINGLE ? 1 : count;
        this.fields = List.copyOf(fields);
        this.indexByName = new HashMap<>();
        int size = 0;
        for (int i = 0; i < this.fields.size(); i++) {
            FieldDef f = this.fields.get(i);
            if (indexByName.putIfAbsent(f.name(), i) != null) {
                throw new IllegalArgumentException("block " + name + " defines field " + f.name() + " twice");
            }
            size = (size < 0 || f.isVariable()) ? -1 : size + f.size();
        }
        this.fixedSize = size;
    }

    public String name() {
        return name;
    }

    public Cardinality cardinality() {
        return cardinality;
    }

    /** 1 for Single, N for Multiple N, 0 for Variable. */
    public int count() {
        return count;
    }

    public List<FieldDef> fields() {
        return fields;
    }

    /** Index of the field, or -1 when the block has no such field. */
    public int fieldIndex(String fieldName) {
        Integer i = indexByName.get(fieldName);
        return i == null ? -1 : i;
    }

    /** Wire size of one repetition when every field has a fixed size, else -1. */
    public int fixedSize() {
        return fixedSize;
    }

    /** Template text of the cardinality, e.g. {@code Single}, {@code Multiple 4}, {@code Variable}. */
    public String cardinalityText() {
        return switch (cardinality) {
            case SINGLE -> "Single";
            case MULTIPLE -> "Multiple " + count;
            case VARIABLE -> "Variable";
        };
    }

    @Override
    public String toString() {
        return name + " " + cardinalityText() + " " + fields;
    }
}
