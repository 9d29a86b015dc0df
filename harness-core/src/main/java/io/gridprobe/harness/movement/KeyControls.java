package io.gridprobe.harness.movement;

import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.harness.core.AgentState;
import io.gridprobe.harness.events.RegionChanged;
import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.protocol.wire.ControlFlags;
import java.time.Duration;
import java.util.function.LongUnaryOperator;

/**
 * The keys the avatar holds and the AgentUpdate that tells the root region about them, paced as a viewer paces it:
 * ten times a second while a key is held (or a walk is steered), then the idle update a few more times (AgentUpdate
 * is unreliable, and a lost "stop" would leave the avatar walking), then only on changes. Each tick first lets the
 * {@link Ticks} listener steer.
 */
final class KeyControls {
    /** A viewer's pace while moving. */
    static final Duration UPDATE_EVERY = Duration.ofMillis(100);
    /** How often the idle update is repeated after a change. */
    private static final int IDLE_REPEATS = 3;
    /** A viewer's usual draw distance; the region decides from it which neighbours the agent keeps seeing. */
    private static final float DRAW_DISTANCE = 64f;

    /** What runs on each tick: steering towards a walk target, if any. */
    interface Ticks {
        /** Called before each update with the avatar's position. */
        void ticked(Vector3 at);

        /** Whether the ticker must keep going though no key is held. */
        boolean active();

        /** The agent is no longer online: whatever waits on the ticks must hear so. */
        void agentGone();
    }

    private final AgentCore agent;
    private Ticks ticks;
    private long controlFlags;
    private Heading heading = Heading.EAST;
    private boolean alwaysRun;
    private int idleRepeatsLeft;
    private boolean ticking;

    KeyControls(AgentCore agent) {
        this.agent = agent;
        agent.events().on(RegionChanged.class, e -> regionChanged());
    }

    void ticks(Ticks t) {
        this.ticks = t;
    }

    synchronized Heading heading() {
        return heading;
    }

    synchronized long flags() {
        return controlFlags;
    }

    /** Faces {@code h} and holds {@code key} instead of any other movement key. */
    void hold(Heading h, long key) {
        synchronized (this) {
            heading = h;
            agent.facing(h.forward());
            controlFlags = (controlFlags & ~ControlFlags.MOVING) | key;
        }
        changed();
    }

    /** Changes the flags held (fly, climb, release). */
    void change(LongUnaryOperator how) {
        synchronized (this) {
            controlFlags = how.applyAsLong(controlFlags);
        }
        changed();
    }

    /** Run mode on or off for the root region (SetAlwaysRun). */
    void setAlwaysRun(boolean run) {
        boolean send;
        synchronized (this) {
            send = run != alwaysRun;
            alwaysRun = run;
        }
        if (send) {
            sendAlwaysRun(run);
        }
    }

    /** Something changed: tell the region now, and keep telling it while moving. */
    private void changed() {
        boolean start;
        synchronized (this) {
            idleRepeatsLeft = IDLE_REPEATS;
            start = !ticking;
            ticking = true;
        }
        sendUpdate();
        if (start) {
            scheduleTick();
        }
    }

    private void scheduleTick() {
        agent.grid().timers().after(UPDATE_EVERY).execute(this::tick);
    }

    private void tick() {
        if (agent.state() != AgentState.ONLINE) {
            synchronized (this) {
                ticking = false;
            }
            ticks.agentGone();
            return;
        }
        ticks.ticked(agent.position());
        boolean steering = ticks.active();
        boolean again;
        synchronized (this) {
            boolean active = (controlFlags & ControlFlags.MOVING) != 0 || steering;
            if (!active) {
                idleRepeatsLeft--;
            }
            again = active || idleRepeatsLeft > 0;
            ticking = again;
        }
        if (again) {
            sendUpdate();
            scheduleTick();
        }
    }

    private void sendUpdate() {
        if (agent.state() != AgentState.ONLINE) {
            return;
        }
        long flags;
        Heading h;
        synchronized (this) {
            flags = controlFlags;
            h = heading;
        }
        try {
            agent.send(agentUpdate(flags, h, agent.position()));
        } catch (IllegalStateException noRegion) {
            // between regions: the next tick or the region change sends it
        }
    }

    /** An AgentUpdate as a viewer fills it: the camera three metres behind and a little above the avatar. */
    private Message agentUpdate(long flags, Heading h, Vector3 at) {
        Vector3 fwd = h.forward();
        Vector3 camera = new Vector3(at.x() - 3 * fwd.x(), at.y() - 3 * fwd.y(), at.z() + 1.5f);
        return agent.message("AgentUpdate")
                .set("BodyRotation", h.rotation()).set("HeadRotation", h.rotation()).set("State", 0)
                .set("CameraCenter", camera).set("CameraAtAxis", fwd).set("CameraLeftAxis", h.left())
                .set("CameraUpAxis", new Vector3(0, 0, 1)).set("Far", DRAW_DISTANCE)
                .set("ControlFlags", flags).set("Flags", 0)
                .build();
    }

    private void sendAlwaysRun(boolean run) {
        if (agent.state() != AgentState.ONLINE) {
            return;
        }
        try {
            agent.sendReliable(agent.message("SetAlwaysRun").set("AlwaysRun", run).build());
        } catch (IllegalStateException noRegion) {
            // the region change sends it
        }
    }

    /** A new root region knows nothing of the keys held or the run mode: tell it. */
    private void regionChanged() {
        boolean run;
        synchronized (this) {
            run = alwaysRun;
        }
        if (run) {
            sendAlwaysRun(true);
        }
        changed();
    }
}
