package io.gridprobe.scenarios.inventory;

import io.gridprobe.harness.core.AgentState;
import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.inventory.InventoryFolder;
import io.gridprobe.harness.inventory.InventoryOffered;
import io.gridprobe.scenarios.support.CleanUps;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What the inventory and permission suites share: names no earlier run left behind, a scratch folder per test that is
 * removed afterwards (a real grid's inventories outlive the run), and bounded waits.
 */
public final class InventoryScenarios {
    /** How long one inventory step may take before the test says so (stretched by the configured scale). */
    public static final Duration STEP = Duration.ofSeconds(20);

    private InventoryScenarios() {
    }

    /** "gridprobe <what> 1a2b3c4d": unique per call, recognisable in a real grid's inventory. */
    public static String unique(String what) {
        return "gridprobe " + what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Waits for a future within the scaled step time. */
    public static <T> T await(Agent agent, CompletableFuture<T> f) {
        try {
            return f.get(agent.grid().scaled(STEP).toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            while (c instanceof java.util.concurrent.CompletionException && c.getCause() != null) {
                c = c.getCause();
            }
            throw c instanceof RuntimeException re ? re : new IllegalStateException(c);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(agent.role() + ": an inventory step took longer than "
                    + agent.grid().scaled(STEP).toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Duration step(Agent agent) {
        return agent.grid().scaled(STEP);
    }

    /** The offer of this name from this giver (a unique name never matches an earlier test's offer). */
    public static InventoryOffered offerOf(Agent receiver, Agent giver, String name) {
        return receiver.events().next(InventoryOffered.class,
                o -> o.fromId().equals(giver.id()) && o.name().equals(name), step(receiver));
    }

    /** A folder under the root for one test's items; {@link #removeQuietly} it at the end. */
    public static InventoryFolder scratchFolder(Agent agent, String what) {
        return await(agent, agent.inventory().createFolder(agent.inventory().root(), unique(what)));
    }

    /**
     * Removes the copy an offer put in the receiver's inventory (a real grid keeps it otherwise). A clean-up that
     * fails does not hide the test's own result, but it is reported (a failed step in the report, a warning in the
     * log) rather than dropped: leftovers pile up on a real grid.
     */
    public static void removeCopyQuietly(Agent receiver, InventoryOffered offer) {
        if (offer == null) {
            return;
        }
        cleanUp(receiver, "the copy of '" + offer.name() + "' " + receiver.role() + " was given",
                offer.isFolder() ? List.of() : List.of(offer.itemId()),
                offer.isFolder() ? List.of(offer.itemId()) : List.of());
    }

    /** Deletes a test's folders for good (through the Trash); a failure is reported, not thrown (see above). */
    public static void removeQuietly(Agent agent, InventoryFolder... folders) {
        List<java.util.UUID> ids = java.util.Arrays.stream(folders).filter(java.util.Objects::nonNull)
                .map(InventoryFolder::folderId).toList();
        if (!ids.isEmpty()) {
            cleanUp(agent, ids.size() + " scratch folder(s) of " + agent.role(), List.of(), ids);
        }
    }

    private static void cleanUp(Agent agent, String what, List<java.util.UUID> items, List<java.util.UUID> folders) {
        if (agent.state() != AgentState.ONLINE) {
            CleanUps.failed(what, new IllegalStateException(agent.role() + " is " + agent.state()
                    + ": left on the grid"));
            return;
        }
        try {
            agent.inventory().delete(items, folders).get(agent.grid().scaled(STEP).toMillis() * 2,
                    TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null
                    ? e.getCause() : e;
            CleanUps.failed(what, cause);
        }
    }
}
