package io.gridprobe.scenarios.support;

import io.gridprobe.harness.steps.Steps;
import org.slf4j.LoggerFactory;

/**
 * What a scenario could not clean up. A failed clean-up must not hide the test's own result, but it is no silence
 * either: leftovers pile up on a real grid. It becomes a failed step in the report and a warning in the log.
 */
public final class CleanUps {
    private CleanUps() {
    }

    public static void failed(String what, Throwable why) {
        Steps.failed("clean-up of " + what, why);
        LoggerFactory.getLogger(CleanUps.class).warn("clean-up of {} failed: {}", what, why.getMessage());
    }
}
