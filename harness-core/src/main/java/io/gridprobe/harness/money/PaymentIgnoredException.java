package io.gridprobe.harness.money;

/**
 * The grid said nothing of a payment: it answered a balance request sent right after it, but neither moved the L$
 * nor refused. OpenSimulator's default money module does this (it has no currency); the balance it reported after the
 * payment is kept, so a scenario can show that nothing moved.
 */
public class PaymentIgnoredException extends RuntimeException {
    private final int balanceAfter;

    public PaymentIgnoredException(String what, int balanceAfter) {
        super(what + " was ignored by the grid: no reply to it, while a balance request sent after it was answered "
                + "(L$" + balanceAfter + "); the grid has no working L$ transfers");
        this.balanceAfter = balanceAfter;
    }

    /** The balance the grid reported after the payment. */
    public int balanceAfter() {
        return balanceAfter;
    }
}
