package io.gridprobe.load.behaviour;

import io.gridprobe.load.report.Action;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Stays connected and does nothing: the circuit's pings and acks, the event queue's polls, nothing more. */
public final class IdleBehaviour implements Behaviour {
    @Override
    public String name() {
        return "idle";
    }

    @Override
    public Action action() {
        return Action.LOGIN_READY;
    }

    @Override
    public Duration every() {
        return Duration.ofDays(1);
    }

    @Override
    public CompletableFuture<Void> act(LoadAgent self, Crowd crowd) {
        return CompletableFuture.completedFuture(null);
    }
}
