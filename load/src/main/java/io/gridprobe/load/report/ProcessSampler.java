package io.gridprobe.load.report;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.OperatingSystemMXBean;

/** The load process's own CPU and heap, read once per tick. */
final class ProcessSampler {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    private long lastCpuNanos = cpuNanos();
    private long lastWallNanos = System.nanoTime();

    /** Cores used since the previous call (1.0 = one core busy all the time); NaN when the JVM cannot tell. */
    synchronized double cpuSinceLast() {
        long cpu = cpuNanos();
        long wall = System.nanoTime();
        double cores = cpu < 0 || lastCpuNanos < 0 || wall == lastWallNanos ? Double.NaN
                : (double) (cpu - lastCpuNanos) / (wall - lastWallNanos);
        lastCpuNanos = cpu;
        lastWallNanos = wall;
        return cores;
    }

    long heapUsedBytes() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    private long cpuNanos() {
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }
}
