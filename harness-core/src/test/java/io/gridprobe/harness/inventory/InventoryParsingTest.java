package io.gridprobe.harness.inventory;

import io.gridprobe.protocol.wire.PermissionMasks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridprobe.protocol.capture.CaptureFiles;
import io.gridprobe.protocol.capture.CaptureRecord;
import io.gridprobe.protocol.capture.SharedReference;
import io.gridprobe.protocol.llsd.Llsd;
import io.gridprobe.protocol.llsd.LlsdXml;
import io.gridprobe.protocol.packet.Message;
import io.gridprobe.protocol.packet.PacketCodec;
import io.gridprobe.protocol.template.MessageTemplate;
import io.gridprobe.protocol.wire.AssetType;
import io.gridprobe.protocol.wire.PermissionBits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The harness reads inventory exactly as a real OpenSimulator sends it: the bodies and datagrams of
 * {@code nmv_perms_inventory} (skipped when the reference captures are absent), plus the notecard format.
 */
class InventoryParsingTest {
    /** Bob's copy of the Golden Notecard in the capture. */
    private static final UUID GIVEN_NOTECARD = UUID.fromString("34d9c662-edee-46f3-8e40-bd3cb6f1b177");
    private static final UUID DECLINED_BOX = UUID.fromString("fde0a80f-9cf4-4028-9559-15baaddf43bd");

    private static List<CaptureRecord> capture() throws Exception {
        Optional<Path> file = SharedReference.captureFiles().stream()
                .filter(p -> p.getFileName().toString().equals("nmv_perms_inventory.jsonl")).findFirst();
        Assumptions.assumeTrue(file.isPresent(), "reference capture nmv_perms_inventory.jsonl not available");
        return CaptureFiles.read(file.get());
    }

    private static Map<String, Object> httpBody(List<CaptureRecord> records, String mustContain) {
        return records.stream().filter(r -> r.isHttp() && !r.fromClient() && r.body() != null
                        && r.body().contains(mustContain)).findFirst()
                .map(r -> Llsd.map(LlsdXml.parse(r.body()))).orElseThrow();
    }

    @Test
    void readsOpenSimsFolderFetchOfTheGivenNotecard() throws Exception {
        Map<String, Object> body = httpBody(capture(), "<key>folders</key><array><map><key>folder_id</key><uuid>a1473b5d");
        FolderContents notecards = InventoryParsing.capFolder(Llsd.map(Llsd.array(body.get("folders")).get(0)));
        assertThat(notecards.descendents()).isEqualTo(notecards.items().size() + notecards.folders().size());
        InventoryItem given = notecards.item(GIVEN_NOTECARD).orElseThrow();
        assertThat(given.name()).isEqualTo("Golden Notecard");
        assertThat(given.assetType()).isEqualTo(AssetType.NOTECARD);
        assertThat(given.flags()).isEqualTo(256);
        assertThat(given.saleType()).isZero(); // OpenSim's empty <integer />
        PermissionMasks p = given.permissions();
        assertThat(p.owner()).isEqualTo(0x86000);
        assertThat(p.nextOwner()).isEqualTo(0x86000);
        assertThat(p.group()).isZero();
        assertThat(p.ownerCanCopy()).isFalse();
        assertThat(p.ownerCanTransfer()).isTrue();
    }

    @Test
    void readsOpenSimsBulkUpdateEventWithBinaryMasks() throws Exception {
        Map<String, Object> body = httpBody(capture(), "<string>BulkUpdateInventory</string>");
        Map<String, Object> event = Llsd.map(Llsd.array(body.get("events")).get(0));
        Map<String, Object> bulk = Llsd.map(event.get("body"));
        InventoryItem copy = InventoryParsing.bulkItem(Llsd.map(Llsd.array(bulk.get("ItemData")).get(0)));
        assertThat(copy.itemId()).isEqualTo(GIVEN_NOTECARD);
        assertThat(copy.permissions()).isEqualTo(new PermissionMasks(0x86003, 0x86000, 0, 0, 0x86000));
        Map<?, ?> placeholder = Llsd.map(Llsd.array(bulk.get("FolderData")).get(0));
        assertThat(InventoryParsing.isZero(InventoryParsing.uuid(placeholder.get("FolderID")))).isTrue();
    }

    @Test
    void readsTheDeclineNoticeDatagram() throws Exception {
        PacketCodec codec = new PacketCodec(MessageTemplate.bundled());
        Message notice = capture().stream().filter(r -> r.isUdp() && !r.fromClient())
                .map(r -> codec.decode(r.payload()).message())
                .filter(m -> m.name().equals("UpdateCreateInventoryItem")
                        && m.block("InventoryData").uuid("ItemID").equals(DECLINED_BOX))
                .findFirst().orElseThrow();
        InventoryItem trashed = InventoryParsing.block(notice.block("InventoryData"));
        assertThat(trashed.name()).isEqualTo("Golden Perms Box");
        assertThat(trashed.permissions().owner()).isEqualTo(0x8600F);
        assertThat(PermissionMasks.userBits(trashed.permissions().owner())).isEqualTo(PermissionBits.MODIFY | PermissionBits.TRANSFER);
    }

    @Test
    void readsTheCapturedNotecardUpload() throws Exception {
        CaptureRecord upload = capture().stream().filter(r -> r.isHttp() && r.fromClient()
                && "application/octet-stream".equals(r.contentType())).findFirst().orElseThrow();
        assertThat(NotecardText.decode(upload.body().getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Golden notecard for the perms/inventory capture.\n");
    }

    @Test
    void notecardTextRoundTripsAndCountsBytesNotCharacters() {
        String text = "Grüße,\nline two – with a dash\n";
        byte[] asset = NotecardText.encode(text);
        assertThat(new String(asset, StandardCharsets.UTF_8)).contains("Text length "
                + text.getBytes(StandardCharsets.UTF_8).length + "\n");
        assertThat(NotecardText.decode(asset)).isEqualTo(text);
        assertThatThrownBy(() -> NotecardText.decode("default { }".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InventoryException.class).hasMessageContaining("not a notecard");
        assertThatThrownBy(() -> NotecardText.decode("Linden text version 2\n{\nText length 99\nshort}\n"
                .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("99");
    }

    @Test
    void numbersInEveryFormGridsUse() {
        assertThat(InventoryParsing.num(null)).isZero();
        assertThat(InventoryParsing.num(0x86000)).isEqualTo(0x86000);
        assertThat(InventoryParsing.num(new byte[] {0, 8, 0x60, 3})).isEqualTo(0x86003);
        assertThat(InventoryParsing.num("548864")).isEqualTo(0x86000);
        assertThat(InventoryParsing.num(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF})).isEqualTo(-1);
        assertThat(PermissionMasks.describe(PermissionMasks.mask(true, false, true))).isEqualTo("copy+transfer");
        assertThat(PermissionMasks.describe(PermissionBits.MOVE)).isEqualTo("none");
    }
}
