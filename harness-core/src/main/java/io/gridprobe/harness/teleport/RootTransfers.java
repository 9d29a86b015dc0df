package io.gridprobe.harness.teleport;

import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.harness.core.AgentRegion;
import io.gridprobe.harness.events.RegionChanged;
import io.gridprobe.protocol.bus.UdpMessage;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Moving the agent's root to another region, for a teleport's destination and a crossing's neighbour alike: the
 * region is joined as root ({@link RegionTransfer}), made the root (which publishes {@link RegionChanged}), and a
 * region that said DisableSimulator while it was still the root is left once the agent has moved.
 */
final class RootTransfers {
    private final AgentCore agent;
    /** Root changes under way (teleport joins and crossings). */
    private final AtomicInteger underWay = new AtomicInteger();
    /** Regions that said DisableSimulator while the agent was moving its root: left once it has moved. */
    private final Set<InetSocketAddress> disabledMeanwhile = ConcurrentHashMap.newKeySet();

    /** {@code teleporting}: whether a teleport is under way (its DisableSimulator may come before its join starts). */
    RootTransfers(AgentCore agent, BooleanSupplier teleporting) {
        this.agent = agent;
        agent.messages().subscribe("DisableSimulator", UdpMessage.class, m -> {
            if (underWay.get() > 0 || teleporting.getAsBoolean()) {
                disabledMeanwhile.add(m.sender());
            }
        });
    }

    /** Joins the destination as root, makes it the agent's root region, and lets go of regions that said so. */
    void transferRoot(Destination d, RegionChanged.Cause cause, Consumer<AgentRegion> arrived,
                      Consumer<Throwable> failed) {
        AgentRegion old = rootOrNull(agent);
        underWay.incrementAndGet();
        RegionTransfer.joinAsRoot(agent, d).whenComplete((r, e) -> {
            try {
                if (e != null) {
                    failed.accept(e);
                    return;
                }
                agent.setRoot(r, cause);
                if (old != null && old != r && disabledMeanwhile.remove(old.connection().simAddress())) {
                    agent.leave(old); // it said DisableSimulator while it was still the root
                }
                arrived.accept(r);
            } finally {
                if (underWay.decrementAndGet() == 0) {
                    disabledMeanwhile.clear();
                }
            }
        });
    }

    static AgentRegion rootOrNull(AgentCore agent) {
        try {
            return agent.region();
        } catch (IllegalStateException e) {
            return null;
        }
    }

    static String regionNameOrUnknown(AgentCore agent) {
        AgentRegion r = rootOrNull(agent);
        return r == null ? "(no region)" : r.name();
    }

    /**
     * The destination a TeleportFinish or CrossedRegion names; one the harness cannot read is noted in the trace and
     * handed to {@code unreadable} with what was wrong (URLs left out), so that whoever waits hears it at once.
     */
    static Optional<Destination> readable(AgentCore agent, String origin, String what, Supplier<Destination> read,
                                          Consumer<String> unreadable) {
        try {
            return Optional.of(read.get());
        } catch (RuntimeException e) {
            String why = "the grid sent a " + what + " the harness cannot read (" + withoutUrls(e) + ")";
            agent.trace().note(origin, why);
            unreadable.accept(why);
            return Optional.empty();
        }
    }

    /** What was wrong, without the seed capability a parser may quote (a capability URL is a secret). */
    private static String withoutUrls(RuntimeException e) {
        String m = String.valueOf(e.getMessage()).replaceAll("[A-Za-z][A-Za-z0-9+.-]*://\\S*", "<url>");
        return e.getClass().getSimpleName() + ": " + m;
    }

    /** Runs a message handler; a message it cannot read is noted in the trace, not thrown on a network thread. */
    static void guarded(AgentCore agent, String origin, String what, Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            agent.trace().note(origin, "ignored an unreadable " + what + ": " + e);
        }
    }
}
