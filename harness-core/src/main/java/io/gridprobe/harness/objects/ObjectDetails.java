package io.gridprobe.harness.objects;

import io.gridprobe.protocol.wire.PermissionMasks;
import java.util.UUID;

/**
 * What a grid says about an object when asked (ObjectProperties after a select, or ObjectPropertiesFamily): names,
 * owner, creator and masks.
 *
 * @param creatorId    null when the answer was ObjectPropertiesFamily, which does not carry it
 * @param creationDate microseconds since the epoch; 0 when unknown
 */
public record ObjectDetails(UUID objectId, UUID ownerId, UUID creatorId, UUID groupId, UUID lastOwnerId,
                            long creationDate, PermissionMasks masks, String name, String description, int saleType,
                            int salePrice) {
    @Override
    public String toString() {
        return "'" + name + "' " + objectId + " owner " + ownerId + " (" + masks + ")";
    }
}
