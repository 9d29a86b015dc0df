package io.gridprobe.protocol.wire;

/** MoneyTransferRequest's TransactionType (and the balance reply's). */
public final class MoneyTransactionType {
    /** A gift of money from one avatar to another. */
    public static final int GIFT = 5001;

    private MoneyTransactionType() {
    }
}
