package io.gridprobe.bench;

import io.gridprobe.protocol.packet.Block;
import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.template.BlockDef;
import io.gridprobe.protocol.template.FieldDef;
import java.util.function.Consumer;

/** Reads every field of every block repetition of a message through {@link Block#get}, as a generic consumer would. */
public final class AllFields {
    private AllFields() {
    }

    /** Hands each field's value to {@code sink}; returns how many fields were read. */
    public static int walk(Message m, Consumer<Object> sink) {
        int n = 0;
        for (BlockDef bd : m.blockDefs()) {
            int count = m.blockCount(bd.name());
            for (int i = 0; i < count; i++) {
                Block b = m.block(bd.name(), i);
                for (FieldDef f : bd.fields()) {
                    sink.accept(b.get(f.name()));
                    n++;
                }
            }
        }
        return n;
    }
}
