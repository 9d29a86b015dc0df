package io.gridprobe.load.behaviour;

import io.gridprobe.load.report.Action;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Something people do in world, done by a load agent every so often. An action measures itself through the crowd
 * ({@link Crowd#measure}); the future completes when it is over, measured or skipped (no one to talk to), and never
 * fails: failures are recorded, not thrown.
 */
public interface Behaviour {
    /** The name {@code --behaviour} uses. */
    String name();

    /** What its actions are counted as (idle, which has none, says LOGIN: staying logged in). */
    Action action();

    /** The mean time between two actions of one agent. */
    Duration every();

    CompletableFuture<Void> act(LoadAgent self, Crowd crowd);

    /** Whether it moves the avatar: an agent does one such thing at a time (a walk would steer a crossing back). */
    default boolean moves() {
        return false;
    }
}
