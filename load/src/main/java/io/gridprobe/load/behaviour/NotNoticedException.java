package io.gridprobe.load.behaviour;

/** What an action expected another agent to notice (a line heard, an IM, a prim) did not reach it in time. */
public class NotNoticedException extends RuntimeException {
    public NotNoticedException(String message) {
        super(message);
    }
}
