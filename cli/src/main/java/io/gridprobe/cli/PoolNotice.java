package io.gridprobe.cli;

import io.gridprobe.harness.junit.GridExtension;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Says once, when the run's grid is known (its pool may come from a grid the run starts), whether the account pool
 * lets fewer classes run at once than {@code --parallel} asks: they then wait for accounts instead of sharing them.
 */
final class PoolNotice implements TestExecutionListener {
    private final PrintStream out;
    private final ScenarioClasses classes;
    private final int parallel;
    private final AtomicBoolean said = new AtomicBoolean();

    PoolNotice(PrintStream out, ScenarioClasses classes, int parallel) {
        this.out = out;
        this.classes = classes;
        this.parallel = parallel;
    }

    @Override
    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        String size = entry.getKeyValuePairs().get(GridExtension.POOL_ENTRY);
        if (size == null || !said.compareAndSet(false, true)) {
            return;
        }
        String notice = classes.concurrencyNotice(Integer.parseInt(size), parallel);
        if (notice != null) {
            out.println("gridprobe: " + notice);
        }
    }
}
