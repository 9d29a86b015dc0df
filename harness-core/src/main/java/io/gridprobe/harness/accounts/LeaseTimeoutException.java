package io.gridprobe.harness.accounts;

/** The accounts a scenario class needs stayed in use by others for longer than the lease wait allows. */
public final class LeaseTimeoutException extends RuntimeException {
    public LeaseTimeoutException(String message) {
        super(message);
    }
}
