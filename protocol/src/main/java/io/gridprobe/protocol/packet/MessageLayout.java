package io.gridprobe.protocol.packet;

import io.gridprobe.protocol.template.BlockDef;
import io.gridprobe.protocol.template.FieldDef;
import io.gridprobe.protocol.template.MessageDef;
import java.util.Arrays;

/**
 * Where every field of a decoded body lies. Computing it walks the body once, checking every length against the
 * bytes that remain, so that a malformed body fails here with a typed error and field reads afterwards need no checks.
 */
final class MessageLayout {
    /** Repetitions of each block, by block index. */
    final int[] counts;
    /** Index into {@link #fieldOffsets} of instance 0, field 0 of each block. */
    final int[] fieldBase;
    /** Offset in the body array of each field (of the length prefix, for Variable fields). */
    final int[] fieldOffsets;
    /** Bytes after the last field: real grids send some (OpenSim's MapBlockReply); kept and reported. */
    final int trailingStart;
    final int trailingLength;
    /** Variable blocks whose count byte lay past the end of the body and were read as zero repetitions. */
    final int missingCounts;

    private MessageLayout(int[] counts, int[] fieldBase, int[] fieldOffsets, int trailingStart, int trailingLength,
                          int missingCounts) {
        this.counts = counts;
        this.fieldBase = fieldBase;
        this.fieldOffsets = fieldOffsets;
        this.trailingStart = trailingStart;
        this.trailingLength = trailingLength;
        this.missingCounts = missingCounts;
    }

    /** Walks {@code body[start, end)} as {@code def} describes it. */
    static MessageLayout compute(MessageDef def, byte[] body, int start, int end) {
        var blocks = def.blocks();
        int nBlocks = blocks.size();
        int[] counts = new int[nBlocks];
        int[] fieldBase = new int[nBlocks];
        int pos = start;
        int missing = 0;
        // Every field takes at least one byte, so the array never grows past the body's length.
        int[] offsets = new int[fixedFieldCount(def) + 8];
        int f = 0;
        for (int b = 0; b < nBlocks; b++) {
            BlockDef block = blocks.get(b);
            int count = block.count();
            if (block.cardinality() == BlockDef.Cardinality.VARIABLE) {
                if (pos >= end) {
                    count = 0;
                    missing++;
                } else {
                    count = body[pos++] & 0xFF;
                }
            }
            counts[b] = count;
            fieldBase[b] = f;
            var fields = block.fields();
            int nFields = fields.size();
            for (int i = 0; i < count; i++) {
                for (int k = 0; k < nFields; k++) {
                    FieldDef field = fields.get(k);
                    if (f >= offsets.length) {
                        offsets = Arrays.copyOf(offsets, offsets.length * 2);
                    }
                    offsets[f++] = pos;
                    int size;
                    if (field.isVariable()) {
                        if (pos + field.size() > end) {
                            throw truncated(def, block, field, pos - start, field.size(), end - pos);
                        }
                        size = field.size() == 1 ? body[pos] & 0xFF : LittleEndian.u16(body, pos);
                        pos += field.size();
                    } else {
                        size = field.size();
                    }
                    if (pos + size > end) {
                        throw truncated(def, block, field, pos - start, size, end - pos);
                    }
                    pos += size;
                }
            }
        }
        return new MessageLayout(counts, fieldBase, offsets, pos, end - pos, missing);
    }

    /** Fields of the Single and Multiple blocks: present whatever the Variable counts say. */
    private static int fixedFieldCount(MessageDef def) {
        int n = 0;
        for (BlockDef b : def.blocks()) {
            if (b.cardinality() != BlockDef.Cardinality.VARIABLE) {
                n += b.count() * b.fields().size();
            }
        }
        return n;
    }

    private static MalformedPacketException truncated(MessageDef def, BlockDef block, FieldDef field, int offset,
                                                      int need, int left) {
        return new MalformedPacketException("field " + block.name() + "." + field.name() + " needs " + need
                + " bytes, " + Math.max(0, left) + " left", offset, def.name());
    }
}
