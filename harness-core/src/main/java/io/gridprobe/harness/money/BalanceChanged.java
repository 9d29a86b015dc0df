package io.gridprobe.harness.money;

import io.gridprobe.harness.events.AgentEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * The grid told the agent its L$ balance (MoneyBalanceReply): in answer to a balance request, or after a payment the
 * agent made or received ({@code success} false for a refused one, whose balance is unchanged). The transaction
 * fields are zero when the grid sent none.
 */
public record BalanceChanged(Instant time, int balance, boolean success, String description, UUID transactionId,
                             int transactionType, UUID sourceId, UUID destId, int amount) implements AgentEvent {
    @Override
    public String describe() {
        return "BalanceChanged L$" + balance + (success ? "" : " (transaction refused)")
                + (amount != 0 ? ", L$" + amount + " " + sourceId + " -> " + destId : "")
                + (description.isEmpty() ? "" : ": " + description);
    }
}
