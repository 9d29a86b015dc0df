package io.gridprobe.harness.parcels;

import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.protocol.wire.ParcelCells;
import java.util.Optional;

/**
 * The parcel's cells as the grid sent them (ParcelProperties' Bitmap): one bit per 4 m cell of the region, rows from
 * the south, low bit first. A parcel need not be a rectangle, so the centre of its bounding box may lie on someone
 * else's land; a set cell is a point the grid itself says belongs to the parcel.
 */
final class ParcelBitmap {

    private ParcelBitmap() {
    }

    /** The centre of the parcel's first cell, or empty when the bitmap is missing or holds no cell. */
    static Optional<Vector3> firstCell(byte[] bitmap, int regionSizeX) {
        int columns = regionSizeX / ParcelCells.METRES;
        if (bitmap == null || columns <= 0) {
            return Optional.empty();
        }
        for (int i = 0; i < bitmap.length * 8; i++) {
            if ((bitmap[i / 8] & (1 << (i % 8))) != 0) {
                int x = i % columns;
                int y = i / columns;
                return Optional.of(new Vector3(x * ParcelCells.METRES + ParcelCells.METRES / 2f, y * ParcelCells.METRES + ParcelCells.METRES / 2f, 0f));
            }
        }
        return Optional.empty();
    }
}
