package io.gridprobe.harness.groups;

/** The grid answered a group request with a refusal (Success false), with its reason when it gave one. */
public class GroupRequestRefusedException extends RuntimeException {
    private final String reason;

    public GroupRequestRefusedException(String request, String reason) {
        super(request + " refused" + (reason == null || reason.isBlank() ? "" : ": " + reason));
        this.reason = reason == null ? "" : reason;
    }

    /** The grid's words, or "" when it gave none. */
    public String reason() {
        return reason;
    }
}
