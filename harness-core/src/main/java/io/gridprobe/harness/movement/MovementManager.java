package io.gridprobe.harness.movement;

import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.harness.core.AgentManager;
import io.gridprobe.harness.events.TeleportFinished;
import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.protocol.wire.ControlFlags;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Walks, runs, flies and stops the agent's avatar as a viewer does: by telling the root region which keys are held,
 * in AgentUpdate ({@link KeyControls}: body and head rotation, camera, draw distance, control flags, at a viewer's
 * pace). The region moves the avatar; the manager learns where it is from the avatar's object updates
 * ({@link AvatarTracker}), which is what {@link #walkTo} steers by ({@link WalkSteering}).
 */
public final class MovementManager extends AgentManager {
    /** How close {@link #walkTo(Vector3, Duration)} must come. */
    public static final double DEFAULT_TOLERANCE = 1.0;

    private final AvatarTracker avatars;
    private final AvatarAnimations animations;
    private final KeyControls keys;
    private final WalkSteering steering;

    public MovementManager(AgentCore agent) {
        super(agent);
        this.avatars = new AvatarTracker(agent);
        this.animations = new AvatarAnimations(agent);
        this.keys = new KeyControls(agent);
        this.steering = new WalkSteering(agent, keys, this::stop);
        keys.ticks(steering);
        agent.events().on(TeleportFinished.class, this::onTeleportFinished);
    }

    // -- what the agent does ------------------------------------------------------------------------------

    /** Turns to {@code heading} and walks forward until {@link #stop()}. */
    public void walk(Heading heading) {
        keys.setAlwaysRun(false);
        keys.hold(heading, ControlFlags.AT_POS);
    }

    /** Walks (or runs, or flies) forward in the direction the avatar faces. */
    public void forward() {
        keys.hold(keys.heading(), ControlFlags.AT_POS);
    }

    /** Walks backwards, still facing the same way. */
    public void back() {
        keys.hold(keys.heading(), ControlFlags.AT_NEG);
    }

    /** Runs towards {@code heading} (SetAlwaysRun, as a viewer's run mode) until {@link #stop()}. */
    public void run(Heading heading) {
        keys.setAlwaysRun(true);
        keys.hold(heading, ControlFlags.AT_POS);
    }

    /** Runs forward, the way the avatar faces. */
    public void run() {
        run(keys.heading());
    }

    /** Takes off (or keeps flying) and hovers; walk, up and down then fly. */
    public void fly() {
        keys.change(f -> f | ControlFlags.FLY);
    }

    /** Stops flying: the avatar falls to the ground. */
    public void land() {
        keys.change(f -> f & ~(ControlFlags.FLY | ControlFlags.UP_POS | ControlFlags.UP_NEG));
    }

    /** Flying: rises ({@code true}) or sinks until {@link #stop()}. */
    public void climb(boolean up) {
        keys.change(f -> (f & ~(ControlFlags.UP_POS | ControlFlags.UP_NEG))
                | ControlFlags.FLY | (up ? ControlFlags.UP_POS : ControlFlags.UP_NEG));
    }

    /** Releases every movement key (a flying avatar keeps hovering) and abandons a {@link #walkTo}. */
    public void stop() {
        steering.abandon();
        keys.change(f -> f & ~ControlFlags.MOVING);
    }

    /** Run mode on or off for the root region (SetAlwaysRun), as a viewer's "always run" toggle. */
    public void setAlwaysRun(boolean run) {
        keys.setAlwaysRun(run);
    }

    /**
     * Walks to a point of the root region (its coordinates), steering by the avatar's updates, and stops within
     * {@code tolerance} metres of it (on the ground plane). Completes with the position reached; fails after the
     * timeout saying where the avatar got to, or when {@link #stop()} or another walkTo replaces it.
     */
    public CompletableFuture<Vector3> walkTo(Vector3 point, double tolerance, Duration timeout) {
        return steering.walkTo(point, tolerance, timeout);
    }

    public CompletableFuture<Vector3> walkTo(Vector3 point, Duration timeout) {
        return walkTo(point, DEFAULT_TOLERANCE, timeout);
    }

    // -- what it knows -----------------------------------------------------------------------------------

    public Heading heading() {
        return keys.heading();
    }

    public long controlFlags() {
        return keys.flags();
    }

    /** Whether the harness holds the fly key (its own control flags; {@link #animationsOf} says what the grid did). */
    public boolean isFlying() {
        return (keys.flags() & ControlFlags.FLY) != 0;
    }

    public boolean isMoving() {
        return (keys.flags() & ControlFlags.MOVING) != 0;
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
}
