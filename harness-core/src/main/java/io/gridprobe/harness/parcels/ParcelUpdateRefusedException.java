package io.gridprobe.harness.parcels;

/**
 * A parcel change did not take: after the update the grid still reports the old properties. Grids refuse a
 * non-owner's change without a word (OpenSimulator, Second Life), so this is how a refusal shows.
 */
public class ParcelUpdateRefusedException extends RuntimeException {
    private final transient ParcelDetails unchanged;

    public ParcelUpdateRefusedException(String change, ParcelDetails unchanged) {
        super(change + " of parcel " + unchanged.localId() + " ('" + unchanged.name() + "') did not take: the grid"
                + " still reports the old properties (not the parcel's owner?)");
        this.unchanged = unchanged;
    }

    /** The properties the grid reported after the update. */
    public ParcelDetails unchanged() {
        return unchanged;
    }
}
