package io.gridprobe.load.report;

import java.util.List;

/**
 * A region's health over the whole run, the worst of each figure ({@link Double#NaN} when the simulator never sent it).
 */
public record RegionHealth(long samples, double minTimeDilation, double minSimFps, double minPhysicsFps,
                           double maxFrameMs, double maxAgents, double maxPendingDownloads, double maxPendingUploads) {

    public static RegionHealth of(List<HealthPoint> points) {
        HealthSample worst = HealthSample.empty();
        for (HealthPoint p : points) {
            worst = worst.worst(p.sample());
        }
        return new RegionHealth(points.size(), worst.timeDilation(), worst.simFps(), worst.physicsFps(),
                worst.frameMs(), worst.agents(), worst.pendingDownloads(), worst.pendingUploads());
    }
}
