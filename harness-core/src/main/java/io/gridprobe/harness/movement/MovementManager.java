package io.gridprobe.harness.movement;

import io.gridprobe.harness.events.TeleportFinished;
import io.gridprobe.harness.core.AgentState;
import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.harness.core.AgentManager;
import io.gridprobe.harness.events.AwaitTimeoutException;
import io.gridprobe.harness.events.RegionChanged;
import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.protocol.wire.ControlFlags;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Walks, runs, flies, turns and stops the agent's avatar as a viewer does: by telling the root region which keys are
 * held, in AgentUpdate (body and head rotation, camera, draw distance, control flags). While a key is held the
 * update goes out ten times a second, like a viewer's; when the agent stops, the idle update is repeated a few times
 * (AgentUpdate is unreliable, and a lost "stop" would leave the avatar walking) and then only sent on changes. The
 * region moves the avatar; the manager learns where it is from the avatar's object updates
 * ({@link Agent#position()}), which is what {@link #walkTo} steers by.
 */
public final class MovementManager extends AgentManager {
    /** A viewer's pace while moving. */
    static final Duration UPDATE_EVERY = Duration.ofMillis(100);
    /** How often the idle update is repeated after a change. */
    private static final int IDLE_REPEATS = 3;
    /** A viewer's usual draw distance; the region decides from it which neighbours the agent keeps seeing. */
    private static final float DRAW_DISTANCE = 64f;
    /** How close {@link #walkTo(Vector3, Duration)} must come. */
    public static final double DEFAULT_TOLERANCE = 1.0;

    private final AvatarTracker avatars;
    private long controlFlags;
    private Heading heading = Heading.EAST;
    private boolean alwaysRun;
    private int idleRepeatsLeft;
    private boolean ticking;
    private WalkTarget target;
    private final AvatarAnimations animations;

    /** A walkTo under way. */
    private record WalkTarget(Vector3 point, double tolerance, long deadlineNanos, Duration timeout,
                              CompletableFuture<Vector3> done) {
    }

    public MovementManager(AgentCore agent) {
        super(agent);
        this.avatars = new AvatarTracker(agent);
        this.animations = new AvatarAnimations(agent);
        agent.events().on(RegionChanged.class, this::onRegionChanged);
        agent.events().on(TeleportFinished.class, this::onTeleportFinished);
    }

    // -- what the agent does ------------------------------------------------------------------------------

    /** Turns to {@code heading} and walks forward until {@link #stop()}. */
    public void walk(Heading heading) {
        setAlwaysRun(false);
        hold(heading, ControlFlags.AT_POS);
    }

    /** Walks (or runs, or flies) forward in the direction the avatar faces. */
    public void forward() {
        hold(currentHeading(), ControlFlags.AT_POS);
    }

    /** Walks backwards, still facing the same way. */
    public void back() {
        hold(currentHeading(), ControlFlags.AT_NEG);
    }

    /** Steps sideways, to the left or right, facing the same way. */
    public void strafe(boolean left) {
        hold(currentHeading(), left ? ControlFlags.LEFT_POS : ControlFlags.LEFT_NEG);
    }

    /** Runs towards {@code heading} (SetAlwaysRun, as a viewer's run mode) until {@link #stop()}. */
    public void run(Heading heading) {
        setAlwaysRun(true);
        hold(heading, ControlFlags.AT_POS);
    }

    /** Runs forward, the way the avatar faces. */
    public void run() {
        run(currentHeading());
    }

    /** Takes off (or keeps flying) and hovers; walk, up and down then fly. */
    public void fly() {
        synchronized (this) {
            controlFlags |= ControlFlags.FLY;
        }
        changed();
    }

    /** Stops flying: the avatar falls to the ground. */
    public void land() {
        synchronized (this) {
            controlFlags &= ~(ControlFlags.FLY | ControlFlags.UP_POS | ControlFlags.UP_NEG);
        }
        changed();
    }

    /** Flying: rises ({@code true}) or sinks until {@link #stop()}. */
    public void climb(boolean up) {
        synchronized (this) {
            controlFlags = (controlFlags & ~(ControlFlags.UP_POS | ControlFlags.UP_NEG))
                    | ControlFlags.FLY | (up ? ControlFlags.UP_POS : ControlFlags.UP_NEG);
        }
        changed();
    }

    /** Releases every movement key (a flying avatar keeps hovering) and abandons a {@link #walkTo}. */
    public void stop() {
        WalkTarget abandoned;
        synchronized (this) {
            controlFlags &= ~ControlFlags.MOVING;
            abandoned = target;
            target = null;
        }
        if (abandoned != null) {
            abandoned.done().completeExceptionally(new IllegalStateException(agent.role() + ": walkTo "
                    + abandoned.point() + " abandoned by stop()"));
        }
        changed();
    }

    /** Faces {@code heading} without moving. */
    public void turnTo(Heading heading) {
        synchronized (this) {
            this.heading = heading;
            agent.facing(heading.forward());
        }
        changed();
    }

    /** Run mode on or off for the root region (SetAlwaysRun), as a viewer's "always run" toggle. */
    public void setAlwaysRun(boolean run) {
        boolean send;
        synchronized (this) {
            send = run != alwaysRun;
            alwaysRun = run;
        }
        if (send) {
            sendAlwaysRun(run);
        }
    }

    /**
     * Walks to a point of the root region (its coordinates), steering by the avatar's updates, and stops within
     * {@code tolerance} metres of it (on the ground plane). Completes with the position reached; fails after the
     * timeout saying where the avatar got to, or when {@link #stop()} or another walkTo replaces it.
     */
    public CompletableFuture<Vector3> walkTo(Vector3 point, double tolerance, Duration timeout) {
        Duration scaled = agent.grid().scaled(timeout);
        WalkTarget t = new WalkTarget(point, tolerance, System.nanoTime() + scaled.toNanos(), scaled,
                new CompletableFuture<>());
        WalkTarget replaced;
        synchronized (this) {
            replaced = target;
            target = t;
        }
        if (replaced != null) {
            replaced.done().completeExceptionally(new IllegalStateException(agent.role() + ": walkTo "
                    + replaced.point() + " replaced by walkTo " + point));
        }
        steer(agent.position());
        return t.done();
    }

    public CompletableFuture<Vector3> walkTo(Vector3 point, Duration timeout) {
        return walkTo(point, DEFAULT_TOLERANCE, timeout);
    }

    // -- what it knows -----------------------------------------------------------------------------------

    public synchronized Heading heading() {
        return heading;
    }

    public synchronized long controlFlags() {
        return controlFlags;
    }

    /** Whether the harness holds the fly key (its own control flags; {@link #animationsOf} says what the grid did). */
    public synchronized boolean isFlying() {
        return (controlFlags & ControlFlags.FLY) != 0;
    }

    public synchronized boolean isMoving() {
        return (controlFlags & ControlFlags.MOVING) != 0;
    }

    /**
     * The animations the grid last said this avatar (this agent's own or another) plays, e.g.
     * {@link StandardAnimations#HOVER}: what the grid says the avatar is doing, unlike {@link #isFlying()}, which is
     * only the key the harness holds.
     */
    public java.util.Set<java.util.UUID> animationsOf(java.util.UUID avatar) {
        return animations.of(avatar);
    }

    /** The avatar's velocity in the root region, from its last terse update. */
    public Vector3 velocity() {
        return avatars.velocity();
    }

    /** The avatar's local id in the root region, once the region has shown it (ObjectUpdate). */
    public Optional<Integer> localId() {
        return avatars.ownLocalId(agent.region().handle());
    }

    /** A local teleport moved the avatar: listeners and walkTo hear of the new position. */
    private void onTeleportFinished(TeleportFinished t) {
        if (t.local()) {
            avatars.moved(t.position(), Vector3.ZERO);
        }
    }

    // -- sending -----------------------------------------------------------------------------------------

    private synchronized Heading currentHeading() {
        return heading;
    }

    private void hold(Heading h, long key) {
        synchronized (this) {
            heading = h;
            agent.facing(h.forward());
            controlFlags = (controlFlags & ~ControlFlags.MOVING) | key;
        }
        changed();
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
            WalkTarget t = takeTarget();
            if (t != null) {
                t.done().completeExceptionally(new IllegalStateException(agent.role() + " went " + agent.state()
                        + " while walking to " + t.point()));
            }
            return;
        }
        steer(agent.position());
        boolean again;
        synchronized (this) {
            boolean active = (controlFlags & ControlFlags.MOVING) != 0 || target != null;
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

    /** walkTo's steering: face the target and walk, stop when close enough, give up at the deadline. */
    private void steer(Vector3 at) {
        WalkTarget t;
        synchronized (this) {
            t = target;
        }
        if (t == null) {
            return;
        }
        double distance = Math.hypot(t.point().x() - at.x(), t.point().y() - at.y());
        if (distance <= t.tolerance()) {
            if (takeTarget(t)) {
                stop();
                t.done().complete(at);
            }
            return;
        }
        if (System.nanoTime() - t.deadlineNanos() > 0) {
            if (takeTarget(t)) {
                stop();
                t.done().completeExceptionally(new AwaitTimeoutException(agent.role(), "arrival within "
                        + t.tolerance() + " m of " + t.point(), t.timeout(),
                        List.of("position " + at + ", " + Math.round(distance * 10) / 10.0 + " m away")));
            }
            return;
        }
        Heading towards = Heading.towards(at, t.point());
        boolean turn;
        synchronized (this) {
            turn = (controlFlags & ControlFlags.AT_POS) == 0 || angle(heading, towards) > Math.toRadians(5);
        }
        if (turn) {
            hold(towards, ControlFlags.AT_POS);
        }
    }

    private synchronized WalkTarget takeTarget() {
        WalkTarget t = target;
        target = null;
        return t;
    }

    private synchronized boolean takeTarget(WalkTarget t) {
        if (target != t) {
            return false;
        }
        target = null;
        return true;
    }

    private static double angle(Heading a, Heading b) {
        double d = Math.abs(a.radians() - b.radians()) % (2 * Math.PI);
        return d > Math.PI ? 2 * Math.PI - d : d;
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
    private void onRegionChanged(RegionChanged e) {
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
