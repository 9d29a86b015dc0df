package io.gridprobe.harness.parcels;

import io.gridprobe.protocol.types.Vector3;
import java.util.Map;
import java.util.UUID;

/**
 * A parcel's properties as the grid reported them (ParcelProperties), with the request they answer.
 *
 * @param localId       the parcel's id within its region
 * @param aabbMin       south-west corner of its bounding box, region metres
 * @param aabbMax       north-east corner of its bounding box
 * @param parcelFlags   the ParcelFlags bit set (fly, build, scripts, ...)
 * @param sequenceId    the request's sequence id; 0 for what a grid pushes about the parcel the agent stands on on
 *                      arrival, -10000 for a push about a parcel elsewhere (OpenSimulator, after a change)
 * @param requestResult 0 when one parcel answers, 1 when several do, -1 for no data
 * @param region        the region it came from (its circuit's origin label)
 * @param data          every field of the grid's ParcelData block, for what this record does not name
 */
public record ParcelDetails(int localId, String name, String description, UUID ownerId, UUID groupId,
                            boolean groupOwned, int area, Vector3 aabbMin, Vector3 aabbMax, long parcelFlags,
                            int maxPrims, int totalPrims, int sequenceId, int requestResult, String region,
                            Map<String, Object> data) {
    public ParcelDetails {
        data = Map.copyOf(data.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    public boolean isOwnedBy(UUID agentId) {
        return !groupOwned && ownerId.equals(agentId);
    }

    /** Whether the point (region metres) lies within the parcel's bounding box. */
    public boolean covers(Vector3 p) {
        return p.x() >= aabbMin.x() && p.x() <= aabbMax.x() && p.y() >= aabbMin.y() && p.y() <= aabbMax.y();
    }

    /**
     * A point of the parcel (region metres) to ask about it: a cell the grid's Bitmap marks as the parcel's, else the
     * centre of its bounding box (for a grid that sends no bitmap).
     */
    public Vector3 pointInside(int regionSizeX) {
        byte[] bitmap = data.get("Bitmap") instanceof byte[] b ? b : null;
        return ParcelBitmap.firstCell(bitmap, regionSizeX).orElseGet(() -> new Vector3(
                (aabbMin.x() + aabbMax.x()) / 2f, (aabbMin.y() + aabbMax.y()) / 2f, 0f));
    }

    public ParcelDetails withName(String newName) {
        return new ParcelDetails(localId, newName, description, ownerId, groupId, groupOwned, area, aabbMin, aabbMax,
                parcelFlags, maxPrims, totalPrims, sequenceId, requestResult, region, data);
    }

    public ParcelDetails withDescription(String newDescription) {
        return new ParcelDetails(localId, name, newDescription, ownerId, groupId, groupOwned, area, aabbMin, aabbMax,
                parcelFlags, maxPrims, totalPrims, sequenceId, requestResult, region, data);
    }

    @Override
    public String toString() {
        return "Parcel[" + localId + " '" + name + "' owner " + ownerId + (groupOwned ? " (group)" : "") + ", " + area
                + " m2, " + aabbMin + ".." + aabbMax + " in " + region + "]";
    }
}
