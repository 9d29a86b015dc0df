package io.gridprobe.bench;

import java.lang.management.MemoryMXBean;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** What the end-to-end memory benchmarks read and wait with, the same way in each. */
final class Measurements {
    private Measurements() {
    }

    /** Used heap after three full collections: what the objects still reachable take. */
    static long usedHeapAfterGc(MemoryMXBean mem) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return mem.getHeapMemoryUsage().getUsed();
    }

    static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    /** Lets wall-clock time pass (a hold), without a sleeping thread of the benchmark's own. */
    static void pause(long millis) {
        CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS)).join();
    }
}
