package io.gridprobe.protocol.eventqueue;

/**
 * Why and how an event queue ended.
 *
 * @param lastId the id of the last reply received (what a further poll would have acked), or null if none came
 * @param polls  polls sent, the final {@code done: true} not counted
 * @param events events published
 */
public record EventQueueEnd(Reason reason, String detail, Integer lastId, long polls, long events) {
    public enum Reason {
        /** {@code stop()} was called (leaving the region, logout). */
        STOPPED,
        /** HTTP 404: the grid dropped the queue (the agent left the region, or the grid restarted). */
        GONE,
        /** Too many failed polls in a row. */
        FAILED,
        /** The shared HTTP transport was closed. */
        TRANSPORT_CLOSED
    }

    @Override
    public String toString() {
        return "event queue ended (" + reason.name().toLowerCase(java.util.Locale.ROOT) + "): " + detail + "; "
                + polls + " polls, " + events + " events, last id " + lastId;
    }
}
