package io.gridprobe.harness.money;

import io.gridprobe.harness.core.AgentCore;
import io.gridprobe.harness.core.AgentManager;
import io.gridprobe.protocol.bus.UdpMessage;
import io.gridprobe.protocol.packet.Block;
import io.gridprobe.protocol.wire.MoneyTransactionType;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * The agent's L$: its balance (MoneyBalanceRequest → MoneyBalanceReply) and payments to other residents
 * (MoneyTransferRequest, type 5001 "gift"). Every MoneyBalanceReply is published as {@link BalanceChanged}. Waits
 * are bounded: a grid without a currency may never answer, which the futures report as a timeout.
 */
public final class MoneyManager extends AgentManager {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final UUID ZERO = new UUID(0, 0);

    private volatile BalanceChanged last;

    public MoneyManager(AgentCore agent) {
        super(agent);
        agent.messages().subscribe("MoneyBalanceReply", UdpMessage.class, m -> {
            BalanceChanged b = parse(m);
            last = b;
            agent.events().publish(b);
        });
    }

    /** The balance the grid last reported, if any. */
    public OptionalInt lastKnownBalance() {
        BalanceChanged b = last;
        return b == null ? OptionalInt.empty() : OptionalInt.of(b.balance());
    }

    /** Asks the grid for the balance; the future fails with a timeout when no answer comes within 10 s (scaled). */
    public CompletableFuture<Integer> balance() {
        return balance(DEFAULT_TIMEOUT);
    }

    public CompletableFuture<Integer> balance(Duration timeout) {
        UUID tid = UUID.randomUUID();
        // The reply echoes our TransactionID (OpenSim, nmv_rez); a grid that sends zero instead is answered too.
        CompletableFuture<UdpMessage> reply = agent.waitForMessage("MoneyBalanceReply", m -> {
            Block d = m.message().block("MoneyData");
            UUID got = d.uuid("TransactionID");
            return d.uuid("AgentID").equals(agent.id()) && (got.equals(tid) || got.equals(ZERO));
        }, timeout);
        agent.sendReliable(agent.message("MoneyBalanceRequest").block("MoneyData").set("TransactionID", tid).build());
        return reply.thenApply(m -> parse(m).balance());
    }

    /**
     * Pays another resident; completes with the agent's balance afterwards, or fails with
     * {@link PaymentRefusedException} when the grid refuses (not enough L$, ...), {@link PaymentIgnoredException}
     * when it says nothing of the payment, or with a timeout.
     */
    public CompletableFuture<Integer> pay(UUID to, int amount, String description) {
        return pay(to, amount, description, DEFAULT_TIMEOUT);
    }

    /**
     * A balance request follows the payment as a fence: a grid handles an agent's messages in order (OpenSimulator
     * handles the transfer synchronously, the balance request after it), so when the fence is answered first the
     * payment was ignored, and we know within a round trip instead of waiting out a timeout.
     */
    public CompletableFuture<Integer> pay(UUID to, int amount, String description, Duration timeout) {
        UUID fence = UUID.randomUUID();
        Predicate<UdpMessage> payment = answers(to, amount);
        CompletableFuture<UdpMessage> reply = agent.waitForMessage("MoneyBalanceReply",
                m -> isFence(m, fence) || payment.test(m), timeout);
        agent.sendReliable(agent.message("MoneyTransferRequest").block("MoneyData").set("SourceID", agent.id())
                .set("DestID", to).set("Flags", 0).set("Amount", amount).set("AggregatePermNextOwner", 0)
                .set("AggregatePermInventory", 0).set("TransactionType", MoneyTransactionType.GIFT).set("Description", description).build());
        agent.sendReliable(agent.message("MoneyBalanceRequest").block("MoneyData").set("TransactionID", fence).build());
        String what = "paying L$" + amount + " to " + to;
        return reply.thenApply(m -> {
            BalanceChanged b = parse(m);
            if (isFence(m, fence)) {
                throw new PaymentIgnoredException(what, b.balance());
            }
            if (!b.success()) {
                throw new PaymentRefusedException(what, b);
            }
            return b.balance();
        });
    }

    private boolean isFence(UdpMessage m, UUID fence) {
        Block d = m.message().block("MoneyData");
        return d.uuid("AgentID").equals(agent.id()) && d.uuid("TransactionID").equals(fence);
    }

    /**
     * The reply to our payment: the transfer it describes, or one that describes none (older OpenSim money modules
     * leave TransactionInfo empty). A payment reply has no TransactionID of ours to match.
     */
    private Predicate<UdpMessage> answers(UUID to, int amount) {
        return m -> {
            if (!m.message().block("MoneyData").uuid("AgentID").equals(agent.id())) {
                return false;
            }
            Block t = m.message().block("TransactionInfo");
            return t.s32("TransactionType") == 0
                    || (t.uuid("DestID").equals(to) && t.uuid("SourceID").equals(agent.id()) && t.s32("Amount") == amount);
        };
    }

    private static BalanceChanged parse(UdpMessage m) {
        Block d = m.message().block("MoneyData");
        Block t = m.message().block("TransactionInfo");
        return new BalanceChanged(Instant.now(), d.s32("MoneyBalance"), d.bool("TransactionSuccess"),
                d.string("Description"), d.uuid("TransactionID"), t.s32("TransactionType"), t.uuid("SourceID"),
                t.uuid("DestID"), t.s32("Amount"));
    }
}
