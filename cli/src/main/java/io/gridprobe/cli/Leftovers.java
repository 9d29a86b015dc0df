package io.gridprobe.cli;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.groups.GroupMembership;
import io.gridprobe.harness.inventory.FolderContents;
import io.gridprobe.harness.inventory.InventoryFolder;
import io.gridprobe.harness.inventory.InventoryItem;
import io.gridprobe.harness.inventory.SystemFolder;
import io.gridprobe.harness.objects.WorldObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * What earlier runs left behind on one account, as the grid shows it to that account logged in: prims it owns in
 * the region it arrives in, and the folders, items and groups the scenarios name "gridprobe ...".
 */
record Leftovers(List<String> objects, List<String> folders, List<String> items, List<String> groups, Found found) {
    static final String PREFIX = "gridprobe ";
    private static final List<SystemFolder> SEARCHED = List.of(SystemFolder.OBJECTS, SystemFolder.NOTECARDS,
            SystemFolder.SCRIPTS, SystemFolder.TRASH);

    /** The ids of what {@link #remove} may take away: the "gridprobe ..." folders, items and groups. */
    record Found(List<UUID> folders, List<UUID> items, List<UUID> groups) {
        static final Found NONE = new Found(List.of(), List.of(), List.of());
    }

    /** As described, without ids (nothing to remove). */
    Leftovers(List<String> objects, List<String> folders, List<String> items, List<String> groups) {
        this(objects, folders, items, groups, Found.NONE);
    }

    boolean isEmpty() {
        return objects.isEmpty() && folders.isEmpty() && items.isEmpty() && groups.isEmpty();
    }

    /** Looks, waiting (bounded) until the region has shown its prims: no new one for a second. */
    static Leftovers of(Agent a, Duration settle) {
        try {
            int[] last = {-1};
            Awaitility.await().atMost(settle).pollInterval(Duration.ofMillis(250)).during(Duration.ofSeconds(1))
                    .until(() -> {
                        int now = a.objects().objects().all().size();
                        boolean same = now == last[0];
                        last[0] = now;
                        return same;
                    });
        } catch (ConditionTimeoutException stillComing) {
            // a very busy region: report what has arrived
        }
        List<String> objects = new ArrayList<>();
        for (WorldObject o : a.objects().objects().all()) {
            if (!o.isAvatar() && o.isRoot() && a.id().equals(o.ownerId())) {
                objects.add((o.name() == null ? "(unnamed)" : o.name()) + " at " + o.position() + " in "
                        + a.region().name());
            }
        }
        List<String> folders = new ArrayList<>();
        List<UUID> folderIds = new ArrayList<>();
        for (InventoryFolder f : a.inventory().contents(a.inventory().root()).folders()) {
            if (isOurs(f.name())) {
                folders.add(f.name());
                folderIds.add(f.folderId());
            }
        }
        List<String> items = new ArrayList<>();
        List<UUID> itemIds = new ArrayList<>();
        for (SystemFolder s : SEARCHED) {
            FolderContents c = a.inventory().contents(a.inventory().folder(s));
            for (InventoryItem i : c.items()) {
                if (isOurs(i.name())) {
                    items.add(i.name() + " (" + s.name().toLowerCase(Locale.ROOT) + ")");
                    itemIds.add(i.itemId());
                }
            }
        }
        List<String> groups = new ArrayList<>();
        List<UUID> groupIds = new ArrayList<>();
        for (GroupMembership g : a.groups().groups()) {
            if (isOurs(g.name())) {
                groups.add(g.name());
                groupIds.add(g.groupId());
            }
        }
        return new Leftovers(objects, folders, items, groups, new Found(folderIds, itemIds, groupIds));
    }

    /**
     * Takes away what a run left and gridprobe named: deletes the "gridprobe ..." items and folders for good and leaves
     * the "gridprobe ..." groups, each step bounded by {@code bound}. Prims are left alone: a scenario's prims carry the
     * grid's default name, so gridprobe cannot tell them from the region's own content. Returns what could not be
     * removed, and why; empty when all went.
     */
    List<String> remove(Agent a, Duration bound) {
        List<String> failed = new ArrayList<>();
        if (!found.items().isEmpty()) {
            finish(a.inventory().delete(found.items(), List.of()), bound, found.items().size() + " items", failed);
        }
        if (!found.folders().isEmpty()) {
            finish(a.inventory().delete(List.of(), found.folders()), bound, found.folders().size() + " folders", failed);
        }
        for (UUID g : found.groups()) {
            finish(a.groups().leave(g), bound, "group " + g, failed);
        }
        return failed;
    }

    private static void finish(CompletableFuture<?> step, Duration bound, String what, List<String> failed) {
        try {
            step.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            failed.add(what + ": " + FailureText.of(e.getCause() == null ? e : e.getCause()));
        } catch (TimeoutException e) {
            failed.add(what + ": not done within " + bound.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.add(what + ": interrupted");
        }
    }

    private static boolean isOurs(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).startsWith(PREFIX);
    }

    String describe() {
        if (isEmpty()) {
            return "clean";
        }
        List<String> parts = new ArrayList<>();
        add(parts, objects, "object", "objects owned here");
        add(parts, folders, "gridprobe folder", "gridprobe folders");
        add(parts, items, "gridprobe item", "gridprobe items");
        add(parts, groups, "gridprobe group", "gridprobe groups");
        return String.join("; ", parts);
    }

    private static void add(List<String> parts, List<String> what, String one, String many) {
        if (!what.isEmpty()) {
            parts.add(what.size() + " " + (what.size() == 1 ? one : many) + ": "
                    + String.join(", ", what.stream().limit(5).toList()) + (what.size() > 5 ? ", ..." : ""));
        }
    }
}
