package io.gridprobe.harness.inventory;

/** An inventory operation failed: the message says what was done, what the grid answered and what was expected. */
public class InventoryException extends RuntimeException {
    public InventoryException(String message) {
        super(message);
    }

    public InventoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
