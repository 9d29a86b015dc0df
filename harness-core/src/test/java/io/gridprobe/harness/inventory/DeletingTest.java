package io.gridprobe.harness.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.fixtures.grid.EmbeddedGrid;
import io.gridprobe.fixtures.grid.account.Account;
import io.gridprobe.fixtures.grid.account.SeededAccounts;
import io.gridprobe.harness.EmbeddedGridClient;
import io.gridprobe.harness.GridClient;
import io.gridprobe.harness.agent.Agent;
import io.gridprobe.protocol.login.StartLocation;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Deleting as OpenSimulator wants it: a folder is deleted only from the Trash (its inventory service silently keeps
 * any other), so a harness that sent RemoveInventoryObjects for a folder under the root left it on a real grid.
 */
class DeletingTest {
    @Test
    void aFolderIsDeletedThroughTheTrashAndARemoveElsewhereChangesNothing() throws Exception {
        Account a = SeededAccounts.ALICE;
        try (EmbeddedGrid grid = EmbeddedGrid.start();
             GridClient client = EmbeddedGridClient.of(grid);
             Agent alice = client.login(EmbeddedGridClient.credentials("alice", a),
                     StartLocation.uri("Alpha", 128, 128, 25)).get(30, TimeUnit.SECONDS)) {
            InventoryManager inv = alice.inventory();
            InventoryFolder kept = inv.createFolder(inv.root(), "gridprobe kept").get(30, TimeUnit.SECONDS);
            InventoryFolder deleted = inv.createFolder(inv.root(), "gridprobe deleted").get(30, TimeUnit.SECONDS);
            inv.remove(List.of(), List.of(kept.folderId()));
            // a UDP fetch sent after the remove is answered after the region handled it
            FolderContents afterRemove = inv.fetchFolderOverUdp(inv.root()).get(30, TimeUnit.SECONDS);
            assertThat(afterRemove.folder(kept.folderId())).as("a folder removed outside the Trash").isPresent();

            inv.delete(List.of(), List.of(kept.folderId(), deleted.folderId())).get(30, TimeUnit.SECONDS);

            FolderContents root = inv.contents(inv.root());
            FolderContents trash = inv.contents(inv.folder(SystemFolder.TRASH));
            assertThat(root.folder(kept.folderId())).isEmpty();
            assertThat(root.folder(deleted.folderId())).isEmpty();
            assertThat(trash.folder(kept.folderId())).as("deleted for good, not just trashed").isEmpty();
        }
    }
}
