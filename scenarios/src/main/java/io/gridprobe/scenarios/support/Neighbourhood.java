package io.gridprobe.scenarios.support;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.core.AgentRegion;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The regions around an agent, as the grid announces them (EnableSimulator, about a second after arrival on real
 * grids): what the travel suites need to find a neighbour to teleport or walk to, or to skip when there is none.
 * Nothing here assumes 256 m regions: edges come from the handles and sizes the grid sent.
 */
public final class Neighbourhood {
    /** Real grids announce neighbours within a few seconds of arrival. */
    public static final Duration ANNOUNCE_WAIT = Duration.ofSeconds(10);

    private Neighbourhood() {
    }

    /** The first child region that passes the filter, waiting (bounded) for the grid to announce it. */
    public static Optional<AgentRegion> find(Agent a, Predicate<AgentRegion> which) {
        try {
            Awaitility.await().atMost(a.grid().scaled(ANNOUNCE_WAIT)).pollInterval(Duration.ofMillis(50))
                    .until(() -> a.childRegions().stream().anyMatch(which));
        } catch (ConditionTimeoutException none) {
            return Optional.empty();
        }
        return a.childRegions().stream().filter(which).findFirst();
    }

    /** Any region next to the agent's root region. */
    public static Optional<AgentRegion> any(Agent a) {
        return find(a, r -> r.isAdjacentTo(a.region().handle(), a.region().sizeX(), a.region().sizeY()));
    }

    /** The region across the root region's east edge at the agent's latitude. */
    public static Optional<AgentRegion> east(Agent a) {
        AgentRegion root = a.region();
        double y = root.globalY() + a.position().y();
        return find(a, r -> r.globalX() == root.globalX() + root.sizeX() && r.globalY() <= y && y < r.globalY() + r.sizeY());
    }

    /** The region across the root region's west edge at the agent's latitude. */
    public static Optional<AgentRegion> west(Agent a) {
        return find(a, r -> isWest(a, r));
    }

    /** Whether a region lies across the root region's west edge at this latitude. */
    public static boolean isWest(Agent a, AgentRegion r) {
        AgentRegion root = a.region();
        double y = root.globalY() + a.position().y();
        return r.globalX() + r.sizeX() == root.globalX() && r.globalY() <= y && y < r.globalY() + r.sizeY();
    }

    /**
     * The child regions once the grid has announced at least one (bounded wait): a quick look around for tests that
     * need to know what is not there. A grid may announce more a little later.
     */
    public static List<AgentRegion> announced(Agent a) {
        find(a, r -> true);
        return a.childRegions();
    }

    /** The other regions the agent knows, for failure messages. */
    public static List<String> describe(Agent a) {
        return a.childRegions().stream().map(AgentRegion::toString).toList();
    }
}
