package io.gridprobe.harness.teleport;

import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.harness.core.AgentRegion;
import io.gridprobe.protocol.bus.Subscription;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.llsd.LlsdBinaryFields;
import io.gridprobe.protocol.packet.Block;
import io.gridprobe.protocol.wire.MapRequestFlags;
import io.gridprobe.protocol.wire.SimAccess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A region's handle from its name, as a viewer's map finds it: the root region and the neighbours the agent knows
 * answer at once; any other name goes to the grid as MapNameRequest, and the MapBlockReply blocks (positions in
 * 256 m grid units, whatever the region's size) give the handle of the one whose name matches exactly. A block
 * with Access 255 ends OpenSim's list; a grid that sends no such marker is given the timeout to send more.
 */
final class RegionLookup {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final AgentCore agent;

    RegionLookup(AgentCore agent) {
        this.agent = agent;
    }

    CompletableFuture<Long> handleOf(String regionName) {
        String wanted = regionName.strip();
        for (AgentRegion r : agent.allRegions()) {
            if (r.connection().regionName().map(n -> n.equalsIgnoreCase(wanted)).orElse(false)) {
                return CompletableFuture.completedFuture(r.handle());
            }
        }
        CompletableFuture<Long> found = new CompletableFuture<>();
        List<String> seen = new ArrayList<>();
        Subscription s = agent.messages().subscribe("MapBlockReply", UdpMessage.class, m -> {
            try {
                onReply(m, wanted, seen, found);
            } catch (RuntimeException e) {
                agent.trace().note(m.origin(), "ignored an unreadable MapBlockReply: " + e.getMessage());
            }
        });
        Duration timeout = agent.grid().scaled(TIMEOUT);
        found.whenComplete((h, e) -> s.close());
        agent.grid().timers().after(timeout).execute(() -> {
                    synchronized (seen) {
                        found.completeExceptionally(new TeleportFailedException(agent.role(), wanted, seen.isEmpty()
                                ? "no MapBlockReply to MapNameRequest within " + timeout.toMillis() + " ms"
                                : "the map knows no region named '" + wanted + "' (found " + seen + ")", false));
                    }
                });
        try {
            agent.sendReliable(agent.message("MapNameRequest").set("Flags", 0).set("EstateID", 0).set("Godlike", false)
                    .block("NameData").set("Name", wanted).build());
        } catch (RuntimeException e) {
            found.completeExceptionally(new TeleportFailedException(agent.role(), wanted,
                    "could not ask the map: " + e.getMessage(), false, e));
        }
        return found;
    }

    /**
     * The name of the region whose map block is at these grid coordinates (256 m units), or empty when the map says
     * none is there: MapBlockRequest for that one block with the viewer's "map click" flag (0x10000), which grids
     * answer with the region, or with a block of Access 255 ("non-existent") when there is none.
     */
    CompletableFuture<java.util.Optional<String>> regionAtBlock(int gridX, int gridY) {
        CompletableFuture<java.util.Optional<String>> found = new CompletableFuture<>();
        Subscription s = agent.messages().subscribe("MapBlockReply", UdpMessage.class, m -> {
            if (!m.message().block("AgentData").uuid("AgentID").equals(agent.id())) {
                return;
            }
            for (Block b : m.message().blocks("Data")) {
                if (b.u16("X") == gridX && b.u16("Y") == gridY) {
                    found.complete(b.u8("Access") == SimAccess.NON_EXISTENT ? java.util.Optional.empty()
                            : java.util.Optional.of(b.string("Name")));
                    return;
                }
            }
        });
        Duration timeout = agent.grid().scaled(TIMEOUT);
        found.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((r, e) -> s.close());
        agent.sendReliable(agent.message("MapBlockRequest").set("Flags", MapRequestFlags.MAP_CLICK).set("EstateID", 0)
                .set("Godlike", false).block("PositionData").set("MinX", gridX).set("MaxX", gridX)
                .set("MinY", gridY).set("MaxY", gridY).build());
        return found;
    }

    private void onReply(UdpMessage m, String wanted, List<String> seen, CompletableFuture<Long> found) {
        if (!m.message().block("AgentData").uuid("AgentID").equals(agent.id())) {
            return;
        }
        boolean ended = false;
        synchronized (seen) {
            for (Block b : m.message().blocks("Data")) {
                String name = b.string("Name");
                if (b.u8("Access") == SimAccess.NON_EXISTENT) {
                    ended = true;
                    continue;
                }
                seen.add(name);
                if (name.equalsIgnoreCase(wanted)) {
                    found.complete(LlsdBinaryFields.regionHandle(b.u16("X") * 256, b.u16("Y") * 256));
                    return;
                }
            }
            if (ended || m.message().blockCount("Data") == 0) {
                found.completeExceptionally(new TeleportFailedException(agent.role(), wanted,
                        "the map knows no region named '" + wanted + "'"
                                + (seen.isEmpty() ? "" : " (similar: " + String.join(", ", seen) + ")"), false));
            }
        }
    }
}
