package io.gridprobe.harness.objects;

/**
 * The grid answered, but the object did not change as asked: the agent may not edit it (grids refuse silently, so
 * this is told by looking at fresh properties). Carries the object's details as the grid showed them.
 */
public class EditRefusedException extends RuntimeException {
    private final transient ObjectDetails details;

    public EditRefusedException(String message, ObjectDetails details) {
        super(message);
        this.details = details;
    }

    /** The object as the grid described it after the attempt. */
    public ObjectDetails details() {
        return details;
    }
}
