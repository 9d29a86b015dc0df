package io.gridprobe.harness.money;

/** The grid refused a payment (MoneyBalanceReply with TransactionSuccess false); nothing moved. */
public class PaymentRefusedException extends RuntimeException {
    private final transient BalanceChanged reply;

    public PaymentRefusedException(String what, BalanceChanged reply) {
        super(what + " was refused by the grid" + (reply.description().isEmpty() ? "" : " (" + reply.description() + ")")
                + "; balance L$" + reply.balance());
        this.reply = reply;
    }

    /** The grid's answer, with the balance it reported. */
    public BalanceChanged reply() {
        return reply;
    }
}
