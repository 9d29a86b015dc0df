package io.gridprobe.load.health;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.core.AgentRegion;
import io.gridprobe.load.report.HealthSample;
import io.gridprobe.load.report.LoadRecorder;
import io.gridprobe.protocol.bus.UdpMessage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The grid's own health as it tells its agents: every region sends SimStats to every agent in it about once a
 * second. All agents listen, but a region's message is read only when the last one read is half a second old, so a
 * crowd of 2,000 costs a few decodes a second, not 2,000.
 */
public final class GridHealth {
    private static final long READ_EVERY = TimeUnit.MILLISECONDS.toNanos(500);
    private static final long STALE_AFTER = TimeUnit.SECONDS.toNanos(5);

    private record Latest(double timeDilation, long atNanos) {
    }

    private final LoadRecorder recorder;
    private final Map<Long, Latest> latest = new ConcurrentHashMap<>();
    private final Map<String, Double> minDilation = new ConcurrentHashMap<>();

    public GridHealth(LoadRecorder recorder) {
        this.recorder = recorder;
    }

    /** Starts listening to this agent's SimStats. */
    public void watch(Agent agent) {
        agent.messages().subscribe("SimStats", UdpMessage.class, m -> heard(agent, m));
    }

    private void heard(Agent agent, UdpMessage m) {
        long now = System.nanoTime();
        var message = m.message();
        long handle = SimStatsReader.regionHandle(message);
        Latest last = latest.get(handle);
        if (last != null && now - last.atNanos < READ_EVERY) {
            return;
        }
        String name = agent.regionByHandle(handle).map(AgentRegion::name)
                .orElse("region at " + (handle >>> 32) + "," + (handle & 0xffffffffL));
        HealthSample s = SimStatsReader.read(message);
        latest.put(handle, new Latest(s.timeDilation(), now));
        recorder.gridHealth(name, s);
        if (!Double.isNaN(s.timeDilation())) {
            minDilation.merge(name, s.timeDilation(), Math::min);
        }
    }

    /** The lowest time dilation heard from any region so far (1 when none was heard). */
    public double minTimeDilation() {
        return minDilation.values().stream().mapToDouble(Double::doubleValue).min().orElse(1.0);
    }

    /** The lowest time dilation among the regions' latest samples (1 when none is fresh). */
    public double currentTimeDilation() {
        long now = System.nanoTime();
        return latest.values().stream().filter(l -> now - l.atNanos < STALE_AFTER)
                .mapToDouble(Latest::timeDilation).filter(d -> !Double.isNaN(d)).min().orElse(1.0);
    }

    /** Every region's lowest time dilation so far, by name. */
    public Map<String, Double> minTimeDilationByRegion() {
        return Map.copyOf(minDilation);
    }
}
