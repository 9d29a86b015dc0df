package io.gridprobe.scenarios.support;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.core.AgentState;
import io.gridprobe.harness.inventory.InventoryFolder;
import io.gridprobe.harness.inventory.InventoryOffered;
import io.gridprobe.harness.objects.InventoryObject;
import io.gridprobe.harness.objects.WorldObject;
import io.gridprobe.protocol.types.Vector3;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a scenario makes on the grid (objects, inventory items and folders, the copies it was given, groups) and
 * anything else it changes for a while, removed or put back after the test, newest first. A real grid keeps whatever a
 * run leaves, so nothing is dropped quietly: what could not be removed is reported ({@link CleanUps}: a failed step
 * and a warning), without hiding the test's own result.
 * <p>
 * A test (or, with a per-class lifecycle, the test class's constructor) takes it as a parameter; {@link
 * ScratchExtension} removes everything when the test (or the class) ends, while its agents are still logged in.
 */
public final class Scratch implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    /** Something to undo after the test. */
    @FunctionalInterface
    public interface Undo {
        void run() throws Exception;
    }

    private record Entry(String what, Agent who, Undo undo) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();

    /** Rezzes a prim for the test at {@code at}; it is deleted (and its Trash copy purged) afterwards. */
    public WorldObject rez(Agent owner, Vector3 at) {
        return object(owner, owner.objects().rez(at).join());
    }

    /** An object {@code owner} made: deleted (and its Trash copy purged) afterwards, unless it is gone already. */
    public WorldObject object(Agent owner, WorldObject o) {
        add(o.describe() + " of " + owner.role(), owner, () -> {
            Optional<WorldObject> still = owner.objects().objects().get(o.id());
            if (still.isPresent()) {
                // a prim the test linked into a linkset: grids delete whole linksets, from their root (OpenSimulator
                // ignores a DeRez of a child), so the root goes, taking this one with it
                WorldObject whole = still.get().parentId() == 0 ? still.get()
                        : owner.objects().objects().get(still.get().parentId()).orElse(still.get());
                InventoryObject trashed = within(owner, owner.objects().deleteToTrash(whole.localId()));
                within(owner, owner.inventory().delete(List.of(trashed.itemId()), List.of()));
            }
        });
        return o;
    }

    /** An inventory item the test put in {@code owner}'s inventory (a taken object, ...): deleted afterwards. */
    public InventoryObject item(Agent owner, InventoryObject item) {
        add("item '" + item.name() + "' of " + owner.role(), owner,
                () -> within(owner, owner.inventory().delete(List.of(item.itemId()), List.of())));
        return item;
    }

    /** Creates a folder under {@code owner}'s root for the test's items; deleted for good (with them) afterwards. */
    public InventoryFolder folder(Agent owner, String what) {
        InventoryFolder f = Await.done(owner, owner.inventory().createFolder(owner.inventory().root(), Unique.name(what)));
        add("scratch folder '" + f.name() + "' of " + owner.role(), owner,
                () -> within(owner, owner.inventory().delete(List.of(), List.of(f.folderId()))));
        return f;
    }

    /** The copy an offer put in {@code receiver}'s inventory (a real grid keeps it, even when declined): deleted. */
    public InventoryOffered copy(Agent receiver, InventoryOffered offer) {
        add("the copy of '" + offer.name() + "' " + receiver.role() + " was given", receiver,
                () -> within(receiver, offer.isFolder()
                        ? receiver.inventory().delete(List.of(), List.of(offer.itemId()))
                        : receiver.inventory().delete(List.of(offer.itemId()), List.of())));
        return offer;
    }

    /** A group {@code member} belongs to for the test: it leaves afterwards (if it still belongs). */
    public UUID group(Agent member, UUID groupId) {
        add("membership of " + member.role() + " in group " + groupId, member, () -> {
            if (member.groups().group(groupId).isPresent()) {
                within(member, member.groups().leave(groupId));
            }
        });
        return groupId;
    }

    /** Anything else to put back after the test (a parcel's name, a friendship), done by {@code who}. */
    public void afterwards(String what, Agent who, Undo undo) {
        add(what, who, undo);
    }

    private synchronized void add(String what, Agent who, Undo undo) {
        entries.push(new Entry(what, who, undo));
    }

    /** Undoes everything, newest first; each failure is reported, and the rest still undone. */
    @Override
    public void close() {
        Entry e;
        while ((e = next()) != null) {
            if (e.who().state() != AgentState.ONLINE) {
                CleanUps.failed(e.what(), new IllegalStateException(e.who().role() + " is " + e.who().state()
                        + ": left on the grid"));
                continue;
            }
            try {
                e.undo().run();
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
                CleanUps.failed(e.what(), x);
            } catch (Exception x) {
                CleanUps.failed(e.what(), x instanceof ExecutionException && x.getCause() != null ? x.getCause() : x);
            }
        }
    }

    private synchronized Entry next() {
        return entries.poll();
    }

    private static <T> T within(Agent a, java.util.concurrent.CompletableFuture<T> f) throws Exception {
        return f.get(Await.step(a).toMillis() * 2, TimeUnit.MILLISECONDS); // a delete goes through the Trash
    }
}
