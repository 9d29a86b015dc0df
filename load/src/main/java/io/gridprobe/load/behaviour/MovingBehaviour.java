package io.gridprobe.load.behaviour;

import io.gridprobe.load.report.Action;
import java.time.Duration;
import java.util.Objects;

/** A behaviour that moves the avatar (walking, crossing, teleporting): one of them at a time per agent. */
abstract class MovingBehaviour implements Behaviour {
    private final String name;
    private final Action action;
    private final Duration every;

    MovingBehaviour(String name, Action action, Duration every) {
        this.name = name;
        this.action = action;
        this.every = Objects.requireNonNull(every, "every");
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Action action() {
        return action;
    }

    @Override
    public final Duration every() {
        return every;
    }

    @Override
    public final boolean moves() {
        return true;
    }
}
