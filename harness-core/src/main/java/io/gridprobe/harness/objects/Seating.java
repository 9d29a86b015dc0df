package io.gridprobe.harness.objects;

import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.types.Quaternion;
import io.gridprobe.protocol.types.Vector3;
import io.gridprobe.protocol.wire.ControlFlags;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** Sitting on an object and standing up again, each complete when the avatar's own update shows it. */
final class Seating {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final AgentCore agent;
    private final ObjectWaits waits;

    Seating(AgentCore agent, ObjectWaits waits) {
        this.agent = agent;
        this.waits = waits;
    }

    /** AgentRequestSit, the grid's AvatarSitResponse, AgentSit; then the avatar's update naming the seat its parent. */
    CompletableFuture<WorldObject> sit(ObjectTable t, UUID objectId) {
        WorldObject seat = t.get(objectId).orElseThrow(() -> new IllegalArgumentException(
                agent.role() + " does not see object " + objectId + " in " + t.regionName()));
        CompletableFuture<UdpMessage> response = agent.waitForMessage("AvatarSitResponse",
                m -> m.message().block("SitObject").uuid("ID").equals(objectId), TIMEOUT);
        agent.sendReliable(agent.message("AgentRequestSit").block("TargetObject").set("TargetID", objectId)
                .set("Offset", Vector3.ZERO).build());
        return response.thenCompose(r -> {
            CompletableFuture<WorldObject> seated = waits.until(agent.role() + "'s avatar sitting on "
                    + seat.describe(), x -> x.id().equals(agent.id()),
                    () -> t.avatar(agent.id()).filter(a -> a.parentId() == seat.localId()), agent.grid().scaled(TIMEOUT));
            agent.sendReliable(agent.message("AgentSit").build());
            return seated;
        });
    }

    /** AgentUpdate with the stand-up control; then the avatar's update with no parent. */
    CompletableFuture<WorldObject> stand(ObjectTable t) {
        CompletableFuture<WorldObject> standing = waits.until(agent.role() + "'s avatar standing",
                x -> x.id().equals(agent.id()), () -> t.avatar(agent.id()).filter(WorldObject::isRoot),
                agent.grid().scaled(TIMEOUT));
        Vector3 at = agent.position();
        agent.sendReliable(agent.message("AgentUpdate").set("BodyRotation", Quaternion.IDENTITY)
                .set("HeadRotation", Quaternion.IDENTITY).set("State", 0).set("CameraCenter", at)
                .set("CameraAtAxis", new Vector3(1, 0, 0)).set("CameraLeftAxis", new Vector3(0, 1, 0))
                .set("CameraUpAxis", new Vector3(0, 0, 1)).set("Far", 64f).set("ControlFlags", ControlFlags.STAND_UP)
                .set("Flags", 0).build());
        return standing;
    }
}
