package io.gridprobe.harness.parcels;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.protocol.types.Vector3;
import org.junit.jupiter.api.Test;

class ParcelBitmapTest {
    @Test
    void theFirstSetCellGivesAPointOfTheParcel() {
        byte[] bits = new byte[512]; // 256 m region: 64 x 64 cells
        int cell = 3 * 64 + 10; // row 3 (y 12..16 m), column 10 (x 40..44 m)
        bits[cell / 8] |= (byte) (1 << (cell % 8));
        assertThat(ParcelBitmap.firstCell(bits, 256)).contains(new Vector3(42f, 14f, 0f));
    }

    @Test
    void anEmptyOrMissingBitmapGivesNoPoint() {
        assertThat(ParcelBitmap.firstCell(new byte[512], 256)).isEmpty();
        assertThat(ParcelBitmap.firstCell(null, 256)).isEmpty();
    }
}
