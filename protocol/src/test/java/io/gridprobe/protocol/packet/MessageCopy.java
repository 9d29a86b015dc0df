package io.gridprobe.protocol.packet;

import io.gridprobe.protocol.template.BlockDef;
import io.gridprobe.protocol.template.FieldDef;
import io.gridprobe.protocol.template.FieldType;
import io.gridprobe.protocol.types.Quaternion;

/** Test helper: rebuilds a message from its field values through the public builder. */
final class MessageCopy {
    private MessageCopy() {
    }

    static Message rebuild(Message m) {
        MessageBuilder b = MessageBuilder.create(m.def());
        for (BlockDef block : m.blockDefs()) {
            for (Block rep : m.blocks(block.name())) {
                b.block(block.name());
                for (FieldDef f : block.fields()) {
                    Object v = rep.get(f.name());
                    if (f.type() == FieldType.LLQuaternion) {
                        Quaternion q = (Quaternion) v;
                        v = new Quaternion(q.x(), q.y(), q.z(), 1); // keep the wire's x, y, z exactly
                    }
                    b.set(f.name(), v);
                }
            }
        }
        return b.trailingBytes(m.trailingBytes()).build();
    }
}
