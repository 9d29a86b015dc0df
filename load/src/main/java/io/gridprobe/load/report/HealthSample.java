package io.gridprobe.load.report;

/**
 * One reading of a region's own statistics, as its simulator sends them in {@code SimStats}: plain numbers, decoded by
 * the engine. A value the simulator did not send is {@link Double#NaN}.
 *
 * @param timeDilation     simulated seconds per real second; 1.0 is a healthy region, below 0.9 it is struggling
 * @param simFps           simulator frames per second
 * @param physicsFps       physics frames per second
 * @param agents           avatars in the region (root agents)
 * @param childAgents      agents of neighbouring regions seeing into this one
 * @param pendingDownloads asset downloads the simulator has waiting
 * @param pendingUploads   asset uploads the simulator has waiting
 * @param frameMs          total time of one simulator frame, milliseconds
 */
public record HealthSample(double timeDilation, double simFps, double physicsFps, double agents, double childAgents,
                           double pendingDownloads, double pendingUploads, double frameMs) {

    /** A sample where every value is missing. */
    public static HealthSample empty() {
        return new HealthSample(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN);
    }

    /**
     * The worse of two samples of the same region in the same second (several agents hear the same simulator; shards
     * merged see it twice): the lower dilation and frame rates, the higher counts, queues and frame time.
     */
    public HealthSample worst(HealthSample other) {
        return new HealthSample(min(timeDilation, other.timeDilation), min(simFps, other.simFps),
                min(physicsFps, other.physicsFps), max(agents, other.agents), max(childAgents, other.childAgents),
                max(pendingDownloads, other.pendingDownloads), max(pendingUploads, other.pendingUploads),
                max(frameMs, other.frameMs));
    }

    private static double min(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }

    private static double max(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }
}
