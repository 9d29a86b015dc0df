package io.gridprobe.load.behaviour;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Starts the behaviours that are due, for every agent in world, from the engine's clock: no thread or timer an
 * agent. Each behaviour of an agent runs one action at a time; the next is due a random 0.5 to 1.5 times its
 * interval later, so a crowd that logged in together does not act in lock step.
 */
public final class BehaviourRunner {
    private final List<Behaviour> behaviours;
    private final Crowd crowd;

    public BehaviourRunner(BehaviourMix mix, Crowd crowd) {
        this.behaviours = mix.behaviours();
        this.crowd = crowd;
    }

    public int count() {
        return behaviours.size();
    }

    /** A newly arrived agent: its first actions fall anywhere within one interval from now. */
    public void schedule(LoadAgent a, long nowNanos) {
        for (int i = 0; i < behaviours.size(); i++) {
            a.due(i, nowNanos + (long) (ThreadLocalRandom.current().nextDouble() * behaviours.get(i).every().toNanos()));
        }
    }

    /** Starts what is due at {@code nowNanos}. */
    public void tick(long nowNanos) {
        for (LoadAgent a : crowd.online()) {
            if (!a.online()) {
                continue;
            }
            for (int i = 0; i < behaviours.size(); i++) {
                Behaviour b = behaviours.get(i);
                if (nowNanos - a.due(i) >= 0 && a.start(i, b.moves())) {
                    long every = b.every().toNanos();
                    a.due(i, nowNanos + (long) (every * (0.5 + ThreadLocalRandom.current().nextDouble())));
                    int which = i;
                    try {
                        b.act(a, crowd).whenComplete((v, e) -> a.finished(which, b.moves()));
                    } catch (RuntimeException e) {
                        // a behaviour that throws instead of failing its future: counted, and the agent goes on
                        a.finished(which, b.moves());
                        crowd.failed(b.action(), e);
                    }
                }
            }
        }
    }
}
