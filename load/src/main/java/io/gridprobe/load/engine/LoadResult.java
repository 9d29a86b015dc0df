package io.gridprobe.load.engine;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How a load process's run went, in the figures the command prints at the end.
 *
 * @param allConnectedAfter from the first login to every agent being in world at once; empty if that never happened
 * @param stoppedEarly      Ctrl-C (or a stop request) ended it before its duration
 * @param notLoggedOut      agents whose logout did not finish within the bound
 */
public record LoadResult(int target, int peakConnected, Optional<Duration> allConnectedAfter, long failures,
                         Map<String, Long> failuresByReason, double minTimeDilation, boolean stoppedEarly,
                         int notLoggedOut) {
}
