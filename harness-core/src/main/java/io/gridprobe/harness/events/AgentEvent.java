package io.gridprobe.harness.events;

import java.time.Instant;

/**
 * Something that happened to an agent, at the level a test cares about (a chat line heard, an offer received, a
 * teleport finished), as opposed to the raw messages that carried it.
 */
public interface AgentEvent {
    /** When the agent observed it. */
    Instant time();

    /** One line for event logs and failure messages; never contains secrets. */
    default String describe() {
        return toString();
    }

    /**
     * Whether this kind comes in floods (object appearances and updates: thousands in a busy region). The history
     * keeps those apart so that they never push other events out.
     */
    default boolean highVolume() {
        return false;
    }
}
