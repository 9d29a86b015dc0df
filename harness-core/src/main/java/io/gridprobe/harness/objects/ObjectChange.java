package io.gridprobe.harness.objects;

import io.gridprobe.harness.events.AgentEvent;

/** A change of an agent's object table: something appeared, changed or went away in a region it sees. */
public sealed interface ObjectChange extends AgentEvent permits ObjectAppeared, ObjectUpdated, ObjectRemoved {
    /** The region's name as the agent knows it. */
    String region();

    /** The object as it is now (for a removal: as it was last seen). */
    WorldObject object();

    @Override
    default boolean highVolume() {
        return true;
    }
}
