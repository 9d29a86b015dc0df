package io.gridprobe.protocol.wire;

import static io.gridprobe.protocol.wire.PermissionBits.COPY;
import static io.gridprobe.protocol.wire.PermissionBits.EXPORT;
import static io.gridprobe.protocol.wire.PermissionBits.MODIFY;
import static io.gridprobe.protocol.wire.PermissionBits.MOVE;
import static io.gridprobe.protocol.wire.PermissionBits.TRANSFER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PermissionBitsTest {
    @Test
    void theFoldedBitsAreTheRealOnesShiftedDown() {
        assertThat(TRANSFER >>> PermissionBits.FOLDING_SHIFT).isEqualTo(PermissionBits.FOLDED_TRANSFER);
        assertThat(MODIFY >>> PermissionBits.FOLDING_SHIFT).isEqualTo(PermissionBits.FOLDED_MODIFY);
        assertThat(COPY >>> PermissionBits.FOLDING_SHIFT).isEqualTo(PermissionBits.FOLDED_COPY);
        assertThat(EXPORT >>> PermissionBits.FOLDING_SHIFT).isEqualTo(PermissionBits.FOLDED_EXPORT);
    }

    @Test
    void theMasksOfTheCapturesAreMadeOfThem() {
        // nmv_rez: a new prim's base 0x9e000 and next owner 0x82000; a taken copy's base 0x8e00f.
        assertThat(PermissionBits.ALL).isEqualTo(0x9e000);
        assertThat(MOVE | TRANSFER).isEqualTo(0x82000);
        assertThat(MOVE | PermissionBits.COPY_MODIFY_TRANSFER | PermissionBits.FOLDED_MASK).isEqualTo(0x8e00f);
    }

    @Test
    void hasWantsEveryBitAndDescribeNamesThem() {
        assertThat(PermissionBits.has(0x9e000, COPY | MODIFY)).isTrue();
        assertThat(PermissionBits.has(0x82000, COPY | TRANSFER)).isFalse();
        assertThat(PermissionBits.describe(0x82000)).isEqualTo("move transfer (0x82000)");
        assertThat(PermissionBits.describe(0)).isEqualTo("none (0x0)");
    }
}
