package io.gridprobe.harness.teleport;

/**
 * A teleport that did not happen. {@link #byGrid()}: the grid refused it with TeleportFailed and {@link #reason()}
 * is the grid's text; otherwise the harness gave up (no answer in time, the destination could not be joined, no
 * region of that name) and the reason says why. The agent stays where it was unless the message says otherwise.
 */
public class TeleportFailedException extends RuntimeException {
    private final String target;
    private final String reason;
    private final boolean byGrid;

    public TeleportFailedException(String agent, String target, String reason, boolean byGrid, Throwable cause) {
        super(agent + ": teleport to " + target + " failed" + (byGrid ? " (grid said): " : ": ") + reason, cause);
        this.target = target;
        this.reason = reason;
        this.byGrid = byGrid;
    }

    public TeleportFailedException(String agent, String target, String reason, boolean byGrid) {
        this(agent, target, reason, byGrid, null);
    }

    /** The destination as asked: a region name, or a description of the handle. */
    public String target() {
        return target;
    }

    /** The grid's reason (TeleportFailed.Reason) when {@link #byGrid()}, else the harness's. */
    public String reason() {
        return reason;
    }

    public boolean byGrid() {
        return byGrid;
    }
}
