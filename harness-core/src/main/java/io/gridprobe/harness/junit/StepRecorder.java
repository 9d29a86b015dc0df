package io.gridprobe.harness.junit;

/**
 * Receives the steps of a scenario (logins, actions, waits) for the report. Found with
 * {@link java.util.ServiceLoader}; the reports module records them as Allure steps. Implementations decide whether
 * the calling thread belongs to a running test (steps from network threads are ignored there).
 */
public interface StepRecorder {
    void step(String name, boolean passed, Throwable failure);

    /** A named value of the test (grid URI, region, account by role — never a password). */
    void parameter(String name, String value);
}
