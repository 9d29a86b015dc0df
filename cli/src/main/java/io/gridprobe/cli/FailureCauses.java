package io.gridprobe.cli;

import io.gridprobe.harness.config.ConfigurationException;
import io.gridprobe.harness.junit.GridLaunchException;
import io.gridprobe.protocol.login.GridUnreachableException;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** Remembers why things failed, to tell "the grid is down" (exit 2) from "a feature is broken" (exit 1). */
final class FailureCauses implements TestExecutionListener {
    private final List<Throwable> failures = new ArrayList<>();

    @Override
    public synchronized void executionFinished(TestIdentifier id, TestExecutionResult r) {
        if (r.getStatus() == TestExecutionResult.Status.FAILED) {
            r.getThrowable().ifPresent(failures::add);
        }
    }

    synchronized boolean onlyUnreachableOrConfiguration() {
        return !failures.isEmpty() && failures.stream().allMatch(FailureCauses::isGridOrConfig);
    }

    synchronized String first() {
        Throwable t = failures.get(0);
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof GridLaunchException) {
                return c.getMessage().lines().findFirst().orElse("the grid could not be started");
            }
        }
        return (root instanceof ConfigurationException ? "configuration is wrong: " : "the grid could not be reached: ")
                + root.getMessage();
    }

    private static boolean isGridOrConfig(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof GridUnreachableException || c instanceof ConfigurationException
                    || c instanceof GridLaunchException) {
                return true;
            }
        }
        return false;
    }
}
