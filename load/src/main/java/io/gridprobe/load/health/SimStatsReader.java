package io.gridprobe.load.health;

import io.gridprobe.load.report.HealthSample;
import io.gridprobe.protocol.packet.Block;
import io.gridprobe.protocol.packet.Message;
import java.util.Arrays;

/** Reads a SimStats message (Region block, then one Stat block per StatID/StatValue pair) into a health sample. */
public final class SimStatsReader {
    private static final int KNOWN_IDS = 64;

    private SimStatsReader() {
    }

    /** The region the message is about, as a region handle (global metres of its south-west corner). */
    public static long regionHandle(Message m) {
        Block r = m.block("Region");
        return (r.u32("RegionX") * 256L) << 32 | (r.u32("RegionY") * 256L);
    }

    public static HealthSample read(Message m) {
        double[] v = new double[KNOWN_IDS];
        Arrays.fill(v, Double.NaN);
        for (Block b : m.blocks("Stat")) {
            long id = b.u32("StatID");
            if (id < KNOWN_IDS) {
                v[(int) id] = b.f32("StatValue");
            }
        }
        return new HealthSample(v[SimStatId.TIME_DILATION], v[SimStatId.SIM_FPS], v[SimStatId.PHYSICS_FPS],
                v[SimStatId.AGENTS], v[SimStatId.CHILD_AGENTS], v[SimStatId.PENDING_DOWNLOADS],
                v[SimStatId.PENDING_UPLOADS], v[SimStatId.FRAME_MS]);
    }
}
