package io.gridprobe.harness.steps;

import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/** Reports scenario steps to every {@link StepRecorder} on the class path; without any, it does nothing. */
public final class Steps {
    private static final List<StepRecorder> RECORDERS = ServiceLoader.load(StepRecorder.class).stream()
            .map(ServiceLoader.Provider::get).toList();

    private Steps() {
    }

    public static void passed(String name) {
        for (StepRecorder r : RECORDERS) {
            r.step(name, true, null);
        }
    }

    public static void failed(String name, Throwable failure) {
        for (StepRecorder r : RECORDERS) {
            r.step(name, false, failure);
        }
    }

    /** Runs {@code body} as a step: passed when it returns, failed (and rethrown) when it throws. */
    public static <T> T around(String name, Supplier<T> body) {
        if (RECORDERS.isEmpty()) {
            return body.get();
        }
        try {
            T v = body.get();
            passed(name);
            return v;
        } catch (RuntimeException | Error e) {
            failed(name, e);
            throw e;
        }
    }

    /**
     * A step the grid settles later: {@code name} now, then {@code passed} or {@code failed} (from any thread) with
     * what happened. A send is reported this way, so that no step says the grid took a message it has not acked.
     */
    public static StepRecorder.Outcome pending(String name) {
        List<StepRecorder.Outcome> outcomes = RECORDERS.stream().map(r -> r.pending(name)).toList();
        return new StepRecorder.Outcome() {
            @Override
            public void passed(String finalName) {
                outcomes.forEach(o -> o.passed(finalName));
            }

            @Override
            public void failed(String finalName, Throwable failure) {
                outcomes.forEach(o -> o.failed(finalName, failure));
            }
        };
    }

    public static void parameter(String name, String value) {
        for (StepRecorder r : RECORDERS) {
            r.parameter(name, value);
        }
    }
}
