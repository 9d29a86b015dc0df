package io.gridprobe.protocol.trace;

import io.gridprobe.protocol.packet.Message;

/**
 * One packet or event in an agent's trace. {@code message} is the lazily decoded UDP message (rendered only when
 * the trace is dumped), {@code text} a ready rendering for event-queue events and notes.
 */
public record TraceEntry(
        long epochMillis,
        Direction direction,
        String origin,
        long sequence,
        int flags,
        String name,
        Message message,
        String text,
        int[] acks) {

    public enum Direction {
        IN, OUT, EVENT_IN, NOTE;

        public String arrow() {
            return switch (this) {
                case IN -> "<-";
                case OUT -> "->";
                case EVENT_IN -> "<=";
                case NOTE -> "--";
            };
        }
    }
}
