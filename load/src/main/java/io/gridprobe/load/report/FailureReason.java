package io.gridprobe.load.report;

import java.util.Locale;

/**
 * Why an action failed, as few kinds as an operator needs to tell a slow grid from a refusing or a broken one.
 * Counted per action; the report keys them by {@link #key()}.
 */
public enum FailureReason {
    /** The grid answered no: a refused login, a denied teleport or rez. */
    REFUSED,
    /** Nothing came back within the action's timeout. */
    TIMEOUT,
    /** The grid could not be reached at all (connection refused, HTTP error, no circuit). */
    UNREACHABLE,
    /** The agent's circuit was lost or the grid logged it out in the middle of the action. */
    DISCONNECTED,
    /** The sender's part went through but the agent that should observe it never did (chat not heard, prim not seen). */
    NOT_SEEN,
    /** The grid sent something the protocol does not allow or that contradicts the request. */
    PROTOCOL,
    /** Anything else: the engine's own error. */
    OTHER;

    /** The name used in reports, e.g. {@code not_seen}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return key();
    }
}
