package io.gridprobe.load.behaviour;

/** The grid said the avatar could not cross into the neighbour (CrossingFailed). */
public class CrossingRefusedException extends RuntimeException {
    public CrossingRefusedException(String message) {
        super(message);
    }
}
