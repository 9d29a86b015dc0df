package io.gridprobe.harness.steps;

/**
 * Receives the steps of a scenario (logins, actions, waits) for the report. Found with
 * {@link java.util.ServiceLoader}; the reports module records them as Allure steps. Implementations decide whether
 * the calling thread belongs to a running test (steps from network threads are ignored there).
 */
public interface StepRecorder {
    void step(String name, boolean passed, Throwable failure);

    /**
     * A step whose outcome the grid gives later (a reliable message until its ack): recorded now as not yet known,
     * settled from whatever thread the outcome arrives on. The default records it only once it is settled.
     */
    default Outcome pending(String name) {
        return new Outcome() {
            @Override
            public void passed(String finalName) {
                step(finalName, true, null);
            }

            @Override
            public void failed(String finalName, Throwable failure) {
                step(finalName, false, failure);
            }
        };
    }

    /** How a pending step ended. */
    interface Outcome {
        void passed(String finalName);

        void failed(String finalName, Throwable failure);
    }

    /** A named value of the test (grid URI, region, account by role — never a password). */
    void parameter(String name, String value);
}
