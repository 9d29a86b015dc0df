package io.gridprobe.protocol.packet;

import io.gridprobe.protocol.template.BlockDef;
import io.gridprobe.protocol.template.MessageDef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable message: its definition and its body bytes. Decoding is lazy, as in PyOGP: a received message keeps
 * the (possibly zerocoded) bytes it came in, and expands and lays them out only when somebody reads a field, so a
 * message nobody listens to costs almost nothing. Field reads after the first are plain array reads.
 */
public final class Message {
    private final MessageDef def;
    /** The body, from the message number on; zerocoded when {@link #zerocoded} (as received). */
    private final byte[] source;
    private final int sourceOffset;
    private final int sourceLength;
    private final boolean zerocoded;
    private volatile Decoded decoded;

    /** The expanded body (number included, the body starts at {@code bodyStart}) and where its fields lie. */
    private record Decoded(byte[] bytes, int bodyStart, MessageLayout layout) {
    }

    Message(MessageDef def, byte[] source, int sourceOffset, int sourceLength, boolean zerocoded) {
        this.def = def;
        this.source = source;
        this.sourceOffset = sourceOffset;
        this.sourceLength = sourceLength;
        this.zerocoded = zerocoded;
    }

    public MessageDef def() {
        return def;
    }

    public String name() {
        return def.name();
    }

    /** Expands and lays out the body now; a typed {@link MalformedPacketException} when it does not fit the template. */
    public Message validate() {
        decoded();
        return this;
    }

    private Decoded decoded() {
        Decoded d = decoded;
        if (d == null) {
            byte[] bytes;
            int start;
            int end;
            try {
                if (zerocoded) {
                    bytes = ZeroCoding.expand(source, sourceOffset, sourceLength);
                    start = def.numberLength();
                    end = bytes.length;
                } else {
                    bytes = source;
                    start = sourceOffset + def.numberLength();
                    end = sourceOffset + sourceLength;
                }
            } catch (MalformedPacketException e) {
                throw new MalformedPacketException("bad zerocoding: " + e.getMessage(), e.offset(), def.name());
            }
            if (start > end) {
                throw new MalformedPacketException("body shorter than its message number", end, def.name());
            }
            d = new Decoded(bytes, start, MessageLayout.compute(def, bytes, start, end));
            decoded = d;
        }
        return d;
    }

    /** Repetitions of the named block (1 for Single, N for Multiple N, as sent for Variable). */
    public int blockCount(String blockName) {
        return decoded().layout().counts[blockIndex(blockName)];
    }

    /** The first (for Single blocks: the only) repetition of the named block. */
    public Block block(String blockName) {
        return block(blockName, 0);
    }

    public Block block(String blockName, int index) {
        int b = blockIndex(blockName);
        int count = decoded().layout().counts[b];
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException(def.name() + "." + blockName + " has " + count
                    + " repetitions, no index " + index);
        }
        return new Block(this, b, index);
    }

    /** Every repetition of the named block, in wire order. */
    public List<Block> blocks(String blockName) {
        int b = blockIndex(blockName);
        int count = decoded().layout().counts[b];
        List<Block> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(new Block(this, b, i));
        }
        return out;
    }

    /** Bytes after the last field (kept, re-encoded, and reported; never an error). */
    public byte[] trailingBytes() {
        Decoded d = decoded();
        return Arrays.copyOfRange(d.bytes(), d.layout().trailingStart, d.layout().trailingStart + d.layout().trailingLength);
    }

    public int trailingByteCount() {
        return decoded().layout().trailingLength;
    }

    /** How many trailing Variable blocks arrived without their count byte (read as zero repetitions). */
    public int missingBlockCounts() {
        return decoded().layout().missingCounts;
    }

    /** Length of the body once zero-expanded, message number included: what encoding writes before zerocoding. */
    public int expandedLength() {
        Decoded d = decoded();
        return d.layout().trailingStart + d.layout().trailingLength - d.bodyStart() + def.numberLength();
    }

    /**
     * Writes the expanded body (message number and fields as they were laid out, trailing bytes included) to
     * {@code out} at {@code off}; returns the bytes written. Variable blocks that arrived without a count are
     * written with an explicit zero count.
     */
    int writeExpanded(byte[] out, int off) {
        Decoded d = decoded();
        int o = off + writeNumber(def, out, off);
        int from = d.bodyStart();
        int end = d.layout().trailingStart + d.layout().trailingLength;
        System.arraycopy(d.bytes(), from, out, o, end - from);
        o += end - from;
        for (int i = 0; i < d.layout().missingCounts; i++) {
            out[o++] = 0;
        }
        return o - off;
    }

    /** True when the bytes this message was made from are zerocoded (as received). */
    boolean sourceZerocoded() {
        return zerocoded;
    }

    /**
     * Copies the bytes the message was made from (number and body, zerocoded or not as received or built) to
     * {@code out}. Messages are immutable, so these are exactly its encoding in that form, without any decoding.
     */
    int copySource(byte[] out, int off) {
        System.arraycopy(source, sourceOffset, out, off, sourceLength);
        return sourceLength;
    }

    int sourceLength() {
        return sourceLength;
    }

    /**
     * Where the expanded message number and body (trailing bytes included) lie, contiguous, in {@link #bytes()}:
     * every message keeps them so, whether received plain, received zerocoded or built. Not usable when Variable
     * counts were missing (see {@link #writeExpanded}).
     */
    int expandedStart() {
        return decoded().bodyStart() - def.numberLength();
    }

    int expandedEnd() {
        Decoded d = decoded();
        return d.layout().trailingStart + d.layout().trailingLength;
    }

    /** Bytes {@link #writeExpanded} writes. */
    int writtenLength() {
        Decoded d = decoded();
        return def.numberLength() + d.layout().trailingStart + d.layout().trailingLength - d.bodyStart()
                + d.layout().missingCounts;
    }

    static int writeNumber(MessageDef def, byte[] out, int off) {
        int n = def.number();
        switch (def.frequency()) {
            case HIGH -> {
                out[off] = (byte) n;
                return 1;
            }
            case MEDIUM -> {
                out[off] = (byte) 0xFF;
                out[off + 1] = (byte) n;
                return 2;
            }
            default -> {
                out[off] = (byte) 0xFF;
                out[off + 1] = (byte) 0xFF;
                out[off + 2] = (byte) (n >>> 8);
                out[off + 3] = (byte) n;
                return 4;
            }
        }
    }

    // -- field access used by Block ------------------------------------------------------------------------

    byte[] bytes() {
        return decoded().bytes();
    }

    int fieldOffset(int blockIndex, int instance, int fieldIndex) {
        MessageLayout layout = decoded().layout();
        int nFields = def.blocks().get(blockIndex).fields().size();
        return layout.fieldOffsets[layout.fieldBase[blockIndex] + instance * nFields + fieldIndex];
    }

    private int blockIndex(String blockName) {
        int b = def.blockIndex(blockName);
        if (b < 0) {
            throw new IllegalArgumentException("message " + def.name() + " has no block " + blockName);
        }
        return b;
    }

    /** All blocks' definitions, for generic walks (printing, copying). */
    public List<BlockDef> blockDefs() {
        return def.blocks();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Message m) || m.def != def) {
            return false;
        }
        byte[] a = new byte[writtenLength()];
        byte[] b = new byte[m.writtenLength()];
        writeExpanded(a, 0);
        m.writeExpanded(b, 0);
        return Arrays.equals(a, b);
    }

    @Override
    public int hashCode() {
        byte[] a = new byte[writtenLength()];
        writeExpanded(a, 0);
        return def.name().hashCode() * 31 + Arrays.hashCode(a);
    }

    /** One-line rendering with secrets masked; see {@link MessageFormatter}. */
    @Override
    public String toString() {
        return MessageFormatter.format(this, true);
    }
}
