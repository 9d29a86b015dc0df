package io.gridprobe.harness.objects;

import io.gridprobe.harness.core.AgentCore;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Telling an applied edit from a refused one. Grids refuse edits silently, so an edit is followed by a select (the
 * ObjectProperties it brings are fresh), repeated until the properties show the change, or until
 * {@link #EDIT_CHECKS} fresh answers in a row do not: then the edit fails with {@link EditRefusedException}.
 */
final class EditChecks {
    private static final Logger LOG = LoggerFactory.getLogger(EditChecks.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    /** How many fresh answers must agree before an edit counts as refused. */
    private static final int EDIT_CHECKS = 3;

    private final AgentCore agent;
    private final ObjectWaits waits;
    private final IntFunction<WorldObject> known;

    /** {@code known}: the object of the root region with this local id, or a clear error. */
    EditChecks(AgentCore agent, ObjectWaits waits, IntFunction<WorldObject> known) {
        this.agent = agent;
        this.waits = waits;
        this.known = known;
    }

    /** Selects the object (ObjectSelect) and completes with the ObjectProperties the grid answers. */
    CompletableFuture<ObjectDetails> select(int localId) {
        WorldObject o = known.apply(localId);
        CompletableFuture<ObjectDetails> answer = awaitProperties(o);
        agent.sendReliable(agent.message("ObjectSelect").block("ObjectData").set("ObjectLocalID", unsigned(localId))
                .build());
        return answer;
    }

    /** Ends the selection; completes when the grid has acknowledged it (grids send nothing else). */
    CompletableFuture<Void> deselect(int localId) {
        return agent.sendReliable(agent.message("ObjectDeselect").block("ObjectData")
                .set("ObjectLocalID", unsigned(localId)).build());
    }

    /** Select, read the properties, deselect: what a user's "edit" window shows. */
    CompletableFuture<ObjectDetails> details(int localId) {
        return select(localId).thenApply(d -> {
            quietlyDeselect(localId);
            return d;
        });
    }

    /** The object's next ObjectProperties; fails at once if the object leaves the world meanwhile. */
    private CompletableFuture<ObjectDetails> awaitProperties(WorldObject o) {
        return waits.next("ObjectProperties of " + o.describe(), s -> {
            if (s instanceof ObjectRemoved r && r.object().id().equals(o.id())) {
                throw new IllegalStateException(agent.role() + " waited for the properties of " + o.describe()
                        + " but the grid removed it");
            }
            return s instanceof ObjectPropertiesReceived p && p.details().objectId().equals(o.id())
                    && p.details().creatorId() != null ? Optional.of(p.details()) : Optional.empty();
        }, agent.grid().scaled(TIMEOUT));
    }

    /**
     * Selects until the properties pass the check (an edit shows) or {@link #EDIT_CHECKS} answers in a row do not
     * (the grid refused it); deselects in the end.
     */
    CompletableFuture<ObjectDetails> verified(int localId, Predicate<ObjectDetails> check, String what) {
        return verified(localId, check, what, EDIT_CHECKS).whenComplete((d, e) -> quietlyDeselect(localId));
    }

    /** Ends a selection made here; an agent that has meanwhile left has nothing to deselect. */
    private void quietlyDeselect(int localId) {
        try {
            deselect(localId);
        } catch (IllegalStateException e) {
            LOG.debug("{}: no deselect of #{}: {}", agent.role(), Integer.toUnsignedString(localId), e.getMessage());
        }
    }

    private CompletableFuture<ObjectDetails> verified(int localId, Predicate<ObjectDetails> check, String what,
                                                      int attempts) {
        return select(localId).thenCompose(d -> {
            if (check.test(d)) {
                return CompletableFuture.completedFuture(d);
            }
            if (attempts > 1) {
                return verified(localId, check, what, attempts - 1);
            }
            return CompletableFuture.failedFuture(new EditRefusedException(agent.role() + ": the grid did not apply "
                    + what + " to " + d + " (" + EDIT_CHECKS + " fresh answers)", d));
        });
    }

    private static long unsigned(int v) {
        return Integer.toUnsignedLong(v);
    }
}
