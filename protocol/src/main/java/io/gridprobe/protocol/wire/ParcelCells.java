package io.gridprobe.protocol.wire;

/** Land is divided in square cells: the resolution of ParcelProperties' Bitmap and of ParcelOverlay. */
public final class ParcelCells {
    public static final int METRES = 4;

    private ParcelCells() {
    }
}
