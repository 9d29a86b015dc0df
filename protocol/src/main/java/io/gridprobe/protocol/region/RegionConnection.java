package io.gridprobe.protocol.region;

import io.gridprobe.protocol.bus.Subscription;
import io.gridprobe.protocol.caps.Capabilities;
import io.gridprobe.protocol.circuit.Circuit;
import io.gridprobe.protocol.eventqueue.EventQueueClient;
import io.gridprobe.protocol.types.Vector3;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An agent's presence in one region after a successful {@link RegionJoin}: the circuit, the granted capabilities, the
 * event queue, and what the region said on arrival. {@link #close()} leaves: the event queue ends with
 * {@code done: true}, then the circuit closes with CloseCircuit.
 */
public final class RegionConnection implements AutoCloseable {
    private final JoinOptions.Role role;
    private final InetSocketAddress sim;
    private final Circuit circuit;
    private final Capabilities caps;
    private final EventQueueClient eventQueue;
    private final long regionHandle;
    private final Vector3 position;
    private final Vector3 lookAt;
    private final String regionName;
    private final String simVersion;
    private final JoinTimings timings;
    private final Subscription handshakeResponder;
    private final Duration closeTimeout;
    private volatile CompletableFuture<Void> closing;

    RegionConnection(JoinOptions.Role role, InetSocketAddress sim, Circuit circuit, Capabilities caps,
                     EventQueueClient eventQueue, long regionHandle, Vector3 position, Vector3 lookAt,
                     String regionName, String simVersion, JoinTimings timings, Subscription handshakeResponder,
                     Duration closeTimeout) {
        this.role = role;
        this.sim = sim;
        this.circuit = circuit;
        this.caps = caps;
        this.eventQueue = eventQueue;
        this.regionHandle = regionHandle;
        this.position = position;
        this.lookAt = lookAt;
        this.regionName = regionName;
        this.simVersion = simVersion;
        this.timings = timings;
        this.handshakeResponder = handshakeResponder;
        this.closeTimeout = closeTimeout;
    }

    public JoinOptions.Role role() {
        return role;
    }

    public boolean isChild() {
        return role == JoinOptions.Role.CHILD;
    }

    public InetSocketAddress simAddress() {
        return sim;
    }

    public String origin() {
        return circuit.origin();
    }

    public Circuit circuit() {
        return circuit;
    }

    /** The granted caps; empty when the join had no seed capability. */
    public Capabilities capabilities() {
        return caps;
    }

    public Optional<EventQueueClient> eventQueue() {
        return Optional.ofNullable(eventQueue);
    }

    /** From AgentMovementComplete for a root join, else as given to the join. */
    public long regionHandle() {
        return regionHandle;
    }

    /** Where AgentMovementComplete put the agent (root joins). */
    public Optional<Vector3> position() {
        return Optional.ofNullable(position);
    }

    public Optional<Vector3> lookAt() {
        return Optional.ofNullable(lookAt);
    }

    /** SimName from RegionHandshake, when it has arrived. */
    public Optional<String> regionName() {
        return Optional.ofNullable(regionName);
    }

    /** AgentMovementComplete's ChannelVersion, e.g. "OpenSim 0.9.2.2 Yeti Release (Unix/Mono)". */
    public Optional<String> simVersion() {
        return Optional.ofNullable(simVersion);
    }

    public JoinTimings timings() {
        return timings;
    }

    /**
     * This child connection as the agent's root, after a crossing or teleport into its region: {@code movement} is the
     * root join that ran on this connection's open circuit (CompleteAgentMovement alone). The result keeps this
     * connection's circuit and, when it has one, its event queue and capabilities (a second poller on the same queue
     * would steal its events), else the movement join's; arrival details and timings are the movement join's.
     * Closing the result closes everything of both.
     */
    public RegionConnection promotedWith(RegionConnection movement) {
        if (movement.circuit != circuit) {
            throw new IllegalArgumentException("the movement join ran on another circuit: " + movement.origin());
        }
        boolean ownQueue = eventQueue != null;
        Subscription responders = () -> {
            handshakeResponder.close();
            movement.handshakeResponder.close();
        };
        return new RegionConnection(JoinOptions.Role.ROOT, sim, circuit, ownQueue ? caps : movement.caps,
                ownQueue ? eventQueue : movement.eventQueue, movement.regionHandle, movement.position, movement.lookAt,
                regionName != null ? regionName : movement.regionName, movement.simVersion, movement.timings,
                responders, closeTimeout);
    }

    /** Leaves the region without blocking; completes when the event queue and the circuit are done. */
    public synchronized CompletableFuture<Void> closeAsync() {
        if (closing == null) {
            handshakeResponder.close();
            CompletableFuture<?> eq = eventQueue == null ? CompletableFuture.completedFuture(null) : eventQueue.stop();
            closing = eq.handle((end, e) -> null).thenCompose(x -> circuit.close(true)).thenApply(state -> null);
        }
        return closing;
    }

    /** {@link #closeAsync()}, waiting a bounded time (the event queue's stop timeout and a little more). */
    @Override
    public void close() {
        try {
            closeAsync().get(closeTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            try {
                circuit.close(false); // leave anyway; the peer's side times out by itself
            } catch (RuntimeException transportGone) {
                // the UDP transport is already shut down: nothing is left to close
            }
        }
    }

    @Override
    public String toString() {
        return "RegionConnection[" + role.name().toLowerCase(java.util.Locale.ROOT) + " " + origin()
                + (regionName == null ? "" : " (" + regionName + ")") + ", handle=" + regionHandle
                + (position == null ? "" : ", position=" + position) + ", " + caps + ", " + timings + "]";
    }
}
