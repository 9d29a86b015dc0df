package io.gridprobe.protocol.caps;

/** A capability the harness needs was not granted by the region's seed capability. */
public class MissingCapabilityException extends CapabilityException {
    public MissingCapabilityException(String capName, String message) {
        super(capName, NO_STATUS, message, null);
    }
}
