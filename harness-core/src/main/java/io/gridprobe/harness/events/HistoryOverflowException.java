package io.gridprobe.harness.events;

/**
 * An agent's event history had to drop events that a wait or an absence check needed: the answer is unknown, and
 * saying so is better than a wrong "not there".
 */
public class HistoryOverflowException extends IllegalStateException {
    public HistoryOverflowException(String owner, String what) {
        super(owner + ": " + what);
    }
}
