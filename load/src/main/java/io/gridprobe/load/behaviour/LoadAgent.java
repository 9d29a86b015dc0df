package io.gridprobe.load.behaviour;

import io.gridprobe.harness.core.AgentState;
import io.gridprobe.harness.agent.Agent;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * One agent of a load run, with when each of its behaviours is due next. {@code due} is the engine clock's alone;
 * {@code busy} is cleared by whichever thread finishes an action.
 */
public final class LoadAgent {
    private final int index;
    private final Agent agent;
    private final long[] due;
    private final AtomicIntegerArray busy;
    private final java.util.concurrent.atomic.AtomicBoolean moving = new java.util.concurrent.atomic.AtomicBoolean();

    public LoadAgent(int index, Agent agent, int behaviours) {
        this.index = index;
        this.agent = agent;
        this.due = new long[behaviours];
        this.busy = new AtomicIntegerArray(behaviours);
    }

    /** Its place in the run (0-based, over all shards): makes its chat lines and rez spots unique. */
    public int index() {
        return index;
    }

    public Agent agent() {
        return agent;
    }

    public boolean online() {
        return agent.state() == AgentState.ONLINE;
    }

    long due(int behaviour) {
        return due[behaviour];
    }

    void due(int behaviour, long nanos) {
        due[behaviour] = nanos;
    }

    /** Marks the behaviour (and, for one that moves, the avatar) busy, unless it already is. */
    boolean start(int behaviour, boolean moves) {
        if (moves && !moving.compareAndSet(false, true)) {
            return false;
        }
        if (!busy.compareAndSet(behaviour, 0, 1)) {
            if (moves) {
                moving.set(false);
            }
            return false;
        }
        return true;
    }

    void finished(int behaviour, boolean moves) {
        busy.set(behaviour, 0);
        if (moves) {
            moving.set(false);
        }
    }

    @Override
    public String toString() {
        return agent.name();
    }
}
