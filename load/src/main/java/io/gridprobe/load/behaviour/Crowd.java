package io.gridprobe.load.behaviour;

import io.gridprobe.harness.core.AgentRegion;
import io.gridprobe.harness.chat.ChatHeard;
import io.gridprobe.harness.im.InstantMessageReceived;
import io.gridprobe.harness.objects.ObjectAppeared;
import io.gridprobe.load.report.Action;
import io.gridprobe.load.Failures;
import io.gridprobe.load.report.FailureReason;
import io.gridprobe.load.report.LoadRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The agents of a load run that are in world, as the behaviours see them: who else is in my region, whom can I IM,
 * which regions are there. Also where actions are measured, and where what one agent expects another to notice is
 * matched.
 */
public final class Crowd {
    private static final Logger LOG = LoggerFactory.getLogger(Crowd.class);
    private final List<LoadAgent> online = new CopyOnWriteArrayList<>();
    private final LoadRecorder recorder;
    private final Expectations expectations = new Expectations();
    private final List<String> regions;
    /** Action/reason pairs already logged: the log says what each kind of failure looks like, once. */
    private volatile boolean closing;
    private final java.util.Set<String> firstFailures = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** @param regions the regions travel may go to (teleports need two) */
    public Crowd(LoadRecorder recorder, List<String> regions) {
        this.recorder = recorder;
        this.regions = List.copyOf(regions);
    }

    /** The agent is in world: it starts noticing what the others' actions expect. */
    public void joined(LoadAgent a) {
        var id = a.agent().id();
        a.agent().events().on(ChatHeard.class, h -> {
            if (!id.equals(h.fromId())) {
                expectations.noticed(ChatBehaviour.key(h.message()));
            }
        });
        a.agent().events().on(InstantMessageReceived.class, m -> expectations.noticed(ImBehaviour.key(m.message())));
        a.agent().events().on(ObjectAppeared.class, o -> {
            if (!o.object().isAvatar() && !o.object().isOwnedBySelf()) {
                expectations.noticed(RezBehaviour.key(o.object().regionHandle(), o.object().position()));
            }
        });
        online.add(a);
    }

    /**
     * The run is ending: actions still under way are cut short by the logout, and what that does to them is not the
     * grid's failure, so it is no longer recorded.
     */
    public void closing() {
        closing = true;
    }

    public void left(LoadAgent a) {
        online.remove(a);
    }

    public List<LoadAgent> online() {
        return online;
    }

    public Expectations expectations() {
        return expectations;
    }

    public LoadRecorder recorder() {
        return recorder;
    }

    public List<String> regions() {
        return regions;
    }

    /** Another agent in world whose root region is {@code self}'s, if any (at random). */
    public Optional<LoadAgent> peerInRegion(LoadAgent self) {
        return peerWithin(self, Double.MAX_VALUE);
    }

    /** Another agent in world in {@code self}'s root region within {@code metres} of it, if any (at random). */
    public Optional<LoadAgent> peerWithin(LoadAgent self, double metres) {
        long handle = handle(self);
        var here = self.agent().position();
        List<LoadAgent> same = new ArrayList<>();
        for (LoadAgent a : online) {
            if (a != self && a.online() && handle(a) == handle && a.agent().position().distanceTo(here) <= metres) {
                same.add(a);
            }
        }
        return same.isEmpty() ? Optional.empty() : Optional.of(same.get(ThreadLocalRandom.current().nextInt(same.size())));
    }

    /** Another agent in world, anywhere, at random. */
    public Optional<LoadAgent> anyOther(LoadAgent self) {
        int n = online.size();
        for (int tries = 0; tries < 8 && n > 1; tries++) {
            LoadAgent a = online.get(ThreadLocalRandom.current().nextInt(n));
            if (a != self && a.online()) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    private static long handle(LoadAgent a) {
        try {
            return a.agent().region().handle();
        } catch (IllegalStateException e) {
            return -1;
        }
    }

    /** Records how {@code action}, started at {@code t0} ({@link System#nanoTime()}), went; never fails. */
    public CompletableFuture<Void> measure(Action action, long t0, CompletableFuture<?> done) {
        return done.handle((v, e) -> {
            if (e == null) {
                recorder.record(action, System.nanoTime() - t0);
            } else {
                failed(action, e);
            }
            return null;
        });
    }

    /** Records how {@code action} went when {@code arrivedAt} completes with the nanoTime it was noticed. */
    public CompletableFuture<Void> measureArrival(Action action, long t0, CompletableFuture<Long> arrivedAt) {
        return arrivedAt.handle((at, e) -> {
            if (e == null) {
                recorder.record(action, at - t0);
            } else if (!(Failures.unwrap(e) instanceof java.util.concurrent.CancellationException)) {
                failed(action, e);
            }
            return null;
        });
    }

    public void failed(Action action, Throwable e) {
        if (closing) {
            return; // the run's end cut it short: the logout, not the grid, ended it
        }
        FailureReason reason = Failures.classify(e);
        recorder.failure(action, reason);
        if (firstFailures.add(action.key() + "/" + reason.key())) {
            Throwable c = Failures.unwrap(e);
            LOG.warn("first {} failure of {}: {}: {}", reason, action, c.getClass().getSimpleName(), c.getMessage());
        }
    }

    /** The centre of the agent's root region, at ground height: where the crowd gathers. */
    public static io.gridprobe.protocol.types.Vector3 centre(AgentRegion r) {
        return new io.gridprobe.protocol.types.Vector3(r.sizeX() / 2f, r.sizeY() / 2f, 25f);
    }
}
