package io.gridprobe.protocol.template;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One message of a template: its number, how it is sent, and its blocks in wire order. */
public final class MessageDef {
    private final String name;
    private final Frequency frequency;
    private final int number;
    private final boolean trusted;
    private final boolean zerocoded;
    private final Set<String> flags;
    private final List<BlockDef> blocks;
    private final Map<String, Integer> indexByName;

    public MessageDef(String name, Frequency frequency, int number, boolean trusted, boolean zerocoded,
                      Set<String> flags, List<BlockDef> blocks) {
        this.name = name;
        this.frequency = frequency;
        this.number = number;
        this.trusted = trusted;
        this.zerocoded = zerocoded;
        this.flags = Set.copyOf(flags);
        this.blocks = List.copyOf(blocks);
        this.indexByName = new HashMap<>();
        for (int i = 0; i < this.blocks.size(); i++) {
            if (indexByName.putIfAbsent(this.blocks.get(i).name(), i) != null) {
                throw new IllegalArgumentException("message " + name + " defines block " + this.blocks.get(i).name() + " twice");
            }
        }
        validateNumber();
    }

    private void validateNumber() {
        boolean ok = switch (frequency) {
            case HIGH -> number >= 1 && number <= 254;
            case MEDIUM -> number >= 1 && number <= 254;
            case LOW -> number >= 1 && number <= 0xFFFA;
            case FIXED -> Integer.toUnsignedLong(number) >= 0xFFFFFFFBL;
        };
        if (!ok) {
            throw new IllegalArgumentException("message " + name + ": number " + Integer.toUnsignedString(number)
                    + " is out of range for frequency " + frequency.templateName());
        }
    }

    public String name() {
        return name;
    }

    public Frequency frequency() {
        return frequency;
    }

    /** The number as the template writes it (Fixed messages: the full 32-bit value). */
    public int number() {
        return number;
    }

    public boolean trusted() {
        return trusted;
    }

    /** Whether the template asks for zerocoding; a sender still falls back to plain when it would not shrink. */
    public boolean zerocoded() {
        return zerocoded;
    }

    /** Trailing template flags such as Deprecated or UDPBlackListed. */
    public Set<String> flags() {
        return flags;
    }

    public List<BlockDef> blocks() {
        return blocks;
    }

    /** Index of the block, or -1 when the message has no such block. */
    public int blockIndex(String blockName) {
        Integer i = indexByName.get(blockName);
        return i == null ? -1 : i;
    }

    /**
     * A single int identifying the message as it appears on the wire: High n, Medium 0xFF00|n, Low 0xFFFF0000|n,
     * Fixed the template's number (which is the same as Low 0xFFFB..0xFFFD would give).
     */
    public int wireId() {
        return wireId(frequency, number);
    }

    static int wireId(Frequency frequency, int number) {
        return switch (frequency) {
            case HIGH -> number;
            case MEDIUM -> 0xFF00 | number;
            case LOW -> 0xFFFF0000 | number;
            case FIXED -> number;
        };
    }

    /** Bytes the message number takes on the wire. */
    public int numberLength() {
        return switch (frequency) {
            case HIGH -> 1;
            case MEDIUM -> 2;
            case LOW, FIXED -> 4;
        };
    }

    @Override
    public String toString() {
        return name + " " + frequency.templateName() + " " + Integer.toUnsignedString(number);
    }
}
