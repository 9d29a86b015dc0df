package io.gridprobe.protocol.wire;

import static io.gridprobe.protocol.wire.PermissionBits.COPY;
import static io.gridprobe.protocol.wire.PermissionBits.EXPORT;
import static io.gridprobe.protocol.wire.PermissionBits.MODIFY;
import static io.gridprobe.protocol.wire.PermissionBits.MOVE;
import static io.gridprobe.protocol.wire.PermissionBits.TRANSFER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How an edit's result is judged: the grid's own additions and limits are not a refusal, an unchanged mask is. */
class PermissionMasksTest {
    private static final PermissionMasks NEW_PRIM = new PermissionMasks(0x9e000, 0x9e000, 0, 0, MOVE | TRANSFER);

    @Test
    void aNewPrimHasTheCapturedMasks() {
        assertThat(NEW_PRIM.base()).isEqualTo(MOVE | EXPORT | COPY | MODIFY | TRANSFER);
        assertThat(PermissionBits.describe(NEW_PRIM.nextOwner())).isEqualTo("move transfer (0x82000)");
        assertThat(PermissionBits.describe(0)).isEqualTo("none (0x0)");
    }

    @Test
    void nextOwnerChangesAreJudgedAsGridsApplyThem() {
        PermissionMasks noCopy = new PermissionMasks(0x9e000, 0x9e000, 0, 0, 0x86000);
        assertThat(noCopy.reflects(PermissionField.NEXT_OWNER, false, COPY)).isTrue();
        assertThat(noCopy.reflects(PermissionField.NEXT_OWNER, false, COPY | TRANSFER | MOVE))
                .as("transfer and move stay when copy goes").isTrue();
        assertThat(NEW_PRIM.reflects(PermissionField.NEXT_OWNER, true, COPY)).isFalse();
        PermissionMasks lowBase = new PermissionMasks(MOVE | TRANSFER, MOVE | TRANSFER, 0, 0, MOVE | TRANSFER);
        assertThat(lowBase.reflects(PermissionField.NEXT_OWNER, true, COPY))
                .as("what the base lacks cannot be granted, and is not asked for").isTrue();
    }

    @Test
    void anUnchangedMaskIsARefusal() {
        assertThat(NEW_PRIM.reflects(PermissionField.EVERYONE, true, COPY)).isFalse();
        assertThat(NEW_PRIM.reflects(PermissionField.BASE, false, MODIFY)).isFalse();
        assertThat(NEW_PRIM.reflects(PermissionField.OWNER, false, MODIFY)).isFalse();
    }
}
