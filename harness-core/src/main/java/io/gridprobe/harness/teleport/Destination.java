package io.gridprobe.harness.teleport;

import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.harness.core.AgentRegion;
import io.gridprobe.protocol.llsd.Llsd;
import io.gridprobe.protocol.llsd.LlsdBinaryFields;
import io.gridprobe.protocol.packet.Block;
import io.gridprobe.protocol.types.Vector3;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The region a teleport (TeleportFinish) or crossing (CrossedRegion) hands the agent to: handle, UDP address, seed
 * capability and size. On the event queue the handle, address and sizes are big-endian binary, the port an
 * integer; the UDP forms of the messages (older grids) carry no size, and then the size the agent already knows of
 * the region (a neighbour's EnableSimulator) is used, else the standard 256 m.
 * {@code toString()} leaves out the seed capability, which grants the agent's capabilities to whoever holds it.
 */
record Destination(long handle, InetSocketAddress sim, URI seed, int sizeX, int sizeY, Vector3 position) {
    private static final int STANDARD_SIZE = 256;

    /** TeleportFinish's event-queue body: {@code Info: [{SimIP, SimPort, RegionHandle, SeedCapability, ...}]}. */
    static Destination fromTeleportFinish(AgentCore agent, Map<String, Object> body) {
        Map<String, Object> info = Llsd.map(Llsd.array(body.get("Info")).get(0));
        return fromLlsd(agent, info, null);
    }

    /** CrossedRegion's event-queue body: {@code RegionData: [{...}]} and {@code Info: [{Position, LookAt}]}. */
    static Destination fromCrossedRegion(AgentCore agent, Map<String, Object> body) {
        Map<String, Object> region = Llsd.map(Llsd.array(body.get("RegionData")).get(0));
        Map<String, Object> info = Llsd.map(Llsd.array(body.get("Info")).get(0));
        return fromLlsd(agent, region, vector(info.get("Position")));
    }

    /** The UDP TeleportFinish's Info block, or the UDP CrossedRegion's RegionData block. */
    static Destination fromBlock(AgentCore agent, Block b, Vector3 position) {
        long handle = b.u64("RegionHandle");
        InetSocketAddress sim = new InetSocketAddress(b.ipAddr("SimIP"), b.ipPort("SimPort"));
        URI seed = URI.create(b.string("SeedCapability"));
        int[] size = knownSize(agent, handle);
        return new Destination(handle, sim, seed, size[0], size[1], position);
    }

    private static Destination fromLlsd(AgentCore agent, Map<String, Object> m, Vector3 position) {
        long handle = LlsdBinaryFields.regionHandle(m.get("RegionHandle"));
        InetSocketAddress sim = new InetSocketAddress(LlsdBinaryFields.ipv4(m.get("SimIP")),
                LlsdBinaryFields.port(m.get("SimPort")));
        Object seedValue = m.get("SeedCapability");
        URI seed = seedValue instanceof URI u ? u : URI.create(Llsd.string(seedValue));
        int[] size = knownSize(agent, handle);
        int sx = m.containsKey("RegionSizeX") ? (int) LlsdBinaryFields.u32(m.get("RegionSizeX")) : size[0];
        int sy = m.containsKey("RegionSizeY") ? (int) LlsdBinaryFields.u32(m.get("RegionSizeY")) : size[1];
        return new Destination(handle, sim, seed, sx, sy, position);
    }

    private static int[] knownSize(AgentCore agent, long handle) {
        return agent.regionByHandle(handle).map(r -> new int[] {r.sizeX(), r.sizeY()})
                .orElse(new int[] {STANDARD_SIZE, STANDARD_SIZE});
    }

    static Vector3 vector(Object llsdArray) {
        List<Object> a = Llsd.array(llsdArray);
        return new Vector3((float) Llsd.real(a.get(0)), (float) Llsd.real(a.get(1)), (float) Llsd.real(a.get(2)));
    }

    /** "region @1001,1000" in grid units, for messages before the region has told its name. */
    String describe() {
        return "region @" + (handle >>> 32) / 256 + "," + (handle & 0xFFFF_FFFFL) / 256;
    }

    static String describe(long handle) {
        return "region @" + (handle >>> 32) / 256 + "," + (handle & 0xFFFF_FFFFL) / 256;
    }

    boolean isKnownAs(AgentRegion r) {
        return r.handle() == handle && r.connection().simAddress().equals(sim);
    }

    @Override
    public String toString() {
        return "Destination[" + describe() + " via " + sim + ", " + sizeX + "x" + sizeY + "]";
    }
}
