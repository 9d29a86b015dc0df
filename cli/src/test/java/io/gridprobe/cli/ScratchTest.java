package io.gridprobe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.fixtures.grid.EmbeddedGrid;
import io.gridprobe.fixtures.grid.account.Account;
import io.gridprobe.fixtures.grid.account.SeededAccounts;
import io.gridprobe.harness.GridClient;
import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.config.Credentials;
import io.gridprobe.harness.config.HarnessConfig;
import io.gridprobe.harness.inventory.InventoryFolder;
import io.gridprobe.harness.objects.WorldObject;
import io.gridprobe.scenarios.support.Await;
import io.gridprobe.scenarios.support.Prims;
import io.gridprobe.scenarios.support.Scratch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The scenarios' Scratch against the embedded grid: what a test made is gone afterwards, newest first. */
class ScratchTest {
    @Test
    void whatATestMadeIsRemovedNewestFirstAndAFailedUndoDoesNotStopTheRest() throws Exception {
        Account a = SeededAccounts.ALICE;
        try (EmbeddedGrid grid = EmbeddedGrid.start();
             GridClient client = GridClient.create(grid.loginUri(),
                     new HarnessConfig(grid.loginUri(), Map.of(), List.of(), 1.0, "test"));
             Agent alice = client.login(new Credentials("alice", a.first(), a.last(), a.password()))
                     .get(60, TimeUnit.SECONDS)) {
            List<String> undone = new ArrayList<>();
            Scratch scratch = new Scratch();
            WorldObject prim = scratch.rez(alice, Prims.spot(alice, 0));
            InventoryFolder folder = scratch.folder(alice, "scratch test");
            scratch.afterwards("the first", alice, () -> undone.add("first"));
            scratch.afterwards("a refused one", alice, () -> {
                throw new IllegalStateException("the grid said no");
            });
            scratch.afterwards("the last", alice, () -> undone.add("last"));

            scratch.close();

            assertThat(undone).containsExactly("last", "first");
            Awaitility.await("the prim is gone").atMost(Duration.ofSeconds(10))
                    .until(() -> alice.objects().objects().get(prim.id()).isEmpty());
            assertThat(Await.done(alice, alice.inventory().fetchFolder(alice.inventory().root()))
                    .folder(folder.folderId())).as("the scratch folder is gone from the root").isEmpty();
            scratch.close(); // a second close (the store's, after the extension's) undoes nothing twice
            assertThat(undone).containsExactly("last", "first");
        }
    }
}
