package io.gridprobe.harness.junit;

/** The grid a run was to start for itself (an OpenSimulator build, say) could not be started. */
public class GridLaunchException extends RuntimeException {
    public GridLaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
