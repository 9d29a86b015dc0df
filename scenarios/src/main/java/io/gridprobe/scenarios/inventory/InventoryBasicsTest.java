package io.gridprobe.scenarios.inventory;

import io.gridprobe.protocol.wire.PermissionMasks;
import static io.gridprobe.scenarios.support.Await.done;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.inventory.FolderContents;
import io.gridprobe.harness.inventory.InventoryFolder;
import io.gridprobe.harness.inventory.InventoryItem;
import io.gridprobe.harness.inventory.ScriptUpload;
import io.gridprobe.harness.inventory.SystemFolder;
import io.gridprobe.harness.junit.GridTest;
import io.gridprobe.harness.junit.Login;
import io.gridprobe.protocol.wire.AssetType;
import io.gridprobe.protocol.wire.PermissionBits;
import io.gridprobe.scenarios.support.Scratch;
import io.gridprobe.scenarios.support.ScratchExtension;
import io.gridprobe.scenarios.support.Unique;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Can people keep things: folders, notecards and scripts are created, saved and read back, and the inventory lists the
 * same whichever way a viewer asks.
 */
@GridTest
@ExtendWith(ScratchExtension.class)
@Tag("inventory")
class InventoryBasicsTest {

    @Test
    @Tag("smoke")
    void aNewFolderHoldsANewNotecard(@Login("alice") Agent alice, Scratch scratch) {
        InventoryFolder folder = scratch.folder(alice, "folder");
        assertThat(folder.parentId()).isEqualTo(alice.inventory().root());
        String name = Unique.name("notecard");
        InventoryItem note = done(alice, alice.inventory().createNotecard(folder.folderId(), name,
                "Kept in a folder.\n"));
        FolderContents contents = done(alice, alice.inventory().fetchFolder(folder.folderId()));
        InventoryItem listed = contents.item(note.itemId()).orElseThrow(() -> new AssertionError(
                "the new folder does not list the notecard " + note.describe() + "; it holds " + contents));
        assertThat(listed.name()).isEqualTo(name);
        assertThat(listed.assetType()).isEqualTo(AssetType.NOTECARD);
        assertThat(listed.ownerId()).isEqualTo(alice.id());
        assertThat(listed.assetId()).as("the saved text's asset").isEqualTo(note.assetId());
        assertThat(PermissionMasks.userBits(listed.permissions().owner())).as("the creator's own rights")
                .isEqualTo(PermissionBits.COPY_MODIFY_TRANSFER);
        FolderContents root = done(alice, alice.inventory().fetchFolder(alice.inventory().root()));
        assertThat(root.folder(folder.folderId())).as("the root lists the new folder").isPresent();
    }

    @Test
    void aNotecardsTextReadsBackFromTheGrid(@Login("alice") Agent alice, Scratch scratch) {
        Assumptions.assumeTrue(alice.inventory().canReadAssets(),
                "the region grants no ViewerAsset capability to read a notecard back with");
        InventoryFolder folder = scratch.folder(alice, "notecards");
        String text = "First line.\nSecond line with ümlauts and a tab\tinside.\n";
        InventoryItem note = done(alice, alice.inventory().createNotecard(folder.folderId(), Unique.name("text"), text));
        assertThat(done(alice, alice.inventory().readNotecard(note))).isEqualTo(text);
        InventoryItem edited = done(alice, alice.inventory().saveNotecard(note, "Edited.\n"));
        assertThat(edited.assetId()).as("an edit makes a new asset").isNotEqualTo(note.assetId());
        assertThat(done(alice, alice.inventory().readNotecard(edited))).isEqualTo("Edited.\n");
        InventoryItem stored = done(alice, alice.inventory().fetchItem(note.itemId())).orElseThrow();
        assertThat(stored.assetId()).as("the item points at the edited text").isEqualTo(edited.assetId());
    }

    @Test
    void aScriptIsSavedAndABrokenOneReportsErrors(@Login("alice") Agent alice, Scratch scratch) {
        InventoryFolder folder = scratch.folder(alice, "scripts");
        ScriptUpload good = done(alice, alice.inventory().createScript(folder.folderId(), Unique.name("script"),
                "default\n{\n    state_entry()\n    {\n        llSay(0, \"hello {\");\n    }\n}\n"));
        assertThat(good.item().assetType()).isEqualTo(AssetType.LSL_TEXT);
        InventoryItem stored = done(alice, alice.inventory().fetchItem(good.item().itemId())).orElseThrow();
        assertThat(stored.assetId()).as("the item points at the saved source").isEqualTo(good.assetId());
        Assumptions.assumeTrue(good.compileReported(),
                "the grid does not report compiling inventory scripts (OpenSim compiles them only in objects)");
        assertThat(good.compiled()).contains(true);
        assertThat(good.errors()).isEmpty();

        ScriptUpload broken = done(alice, alice.inventory().saveScript(good.item(),
                "default\n{\n    state_entry()\n    {\n        llSay(0, \"missing brace\");\n}\n"));
        assertThat(broken.compiled()).contains(false);
        assertThat(broken.errors()).isNotEmpty().allSatisfy(e -> assertThat(e).containsIgnoringCase("error"));
    }

    @Test
    void theRootListsTheSameOverUdpAsByCapability(@Login("alice") Agent alice) {
        UUID root = alice.inventory().root();
        FolderContents byCap = done(alice, alice.inventory().fetchFolder(root));
        FolderContents overUdp = done(alice, alice.inventory().fetchFolderOverUdp(root));
        assertThat(overUdp.descendents()).isEqualTo(byCap.descendents());
        assertThat(overUdp.folders().stream().map(InventoryFolder::folderId).collect(Collectors.toSet()))
                .isEqualTo(byCap.folders().stream().map(InventoryFolder::folderId).collect(Collectors.toSet()));
        assertThat(overUdp.items().stream().map(InventoryItem::itemId).collect(Collectors.toSet()))
                .isEqualTo(byCap.items().stream().map(InventoryItem::itemId).collect(Collectors.toSet()));
        for (SystemFolder type : new SystemFolder[] {SystemFolder.NOTECARDS, SystemFolder.SCRIPTS,
                SystemFolder.OBJECTS, SystemFolder.TRASH}) {
            assertThat(byCap.folder(alice.inventory().folder(type)))
                    .as("the login skeleton's " + type + " folder is in the root").isPresent();
        }
    }
}
