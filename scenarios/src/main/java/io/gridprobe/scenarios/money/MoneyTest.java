package io.gridprobe.scenarios.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.events.AwaitTimeoutException;
import io.gridprobe.harness.junit.GridTest;
import io.gridprobe.harness.junit.Login;
import io.gridprobe.harness.money.BalanceChanged;
import io.gridprobe.harness.money.PaymentIgnoredException;
import io.gridprobe.harness.money.PaymentRefusedException;
import io.gridprobe.scenarios.support.Await;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * L$: the grid reports a balance, a payment moves exactly its amount from payer to payee, and a payment the payer
 * cannot cover is refused with nothing moved. Balances are read before and after, never assumed. A grid without a
 * currency (no balance reply within a few seconds) skips these.
 */
@GridTest
@Tag("money")
class MoneyTest {
    private static final Duration BALANCE_WAIT = Duration.ofSeconds(5);

    @Test
    @Tag("smoke")
    void theGridReportsABalance(@Login("alice") Agent alice) {
        int balance = balanceOrSkip(alice);
        assertThat(balance).isNotNegative();
        assertThat(alice.money().lastKnownBalance()).hasValue(balance);
    }

    @Test
    void payingMovesExactlyTheAmount(@Login("alice") Agent alice, @Login("bob") Agent bob) throws Exception {
        int aliceBefore = balanceOrSkip(alice);
        int bobBefore = balanceOrSkip(bob);
        Assumptions.assumeTrue(aliceBefore >= 10, () -> "alice has L$" + aliceBefore + ", less than the L$10 to pay");

        int aliceAfter = alice.money().pay(bob.id(), 10, "gridprobe test payment")
                .get(Await.event(alice).toMillis(), TimeUnit.MILLISECONDS);
        assertThat(aliceAfter).as("alice's balance after paying").isEqualTo(aliceBefore - 10);
        BalanceChanged told = bob.events().next(BalanceChanged.class, b -> b.balance() == bobBefore + 10, Await.event(bob));
        assertThat(told.success()).isTrue();

        assertThat(balance(alice)).as("alice's balance, asked again").isEqualTo(aliceBefore - 10);
        assertThat(balance(bob)).as("bob's balance, asked again").isEqualTo(bobBefore + 10);
    }

    @Test
    void payingMoreThanYouHaveIsRefusedAndNothingMoves(@Login("alice") Agent alice, @Login("bob") Agent bob)
            throws Exception {
        int aliceBefore = balanceOrSkip(alice);
        int bobBefore = balanceOrSkip(bob);
        Assumptions.assumeTrue(aliceBefore < Integer.MAX_VALUE, "alice's balance has no upper bound to exceed");

        Throwable outcome = catchThrowable(() -> alice.money().pay(bob.id(), aliceBefore + 1, "more than I have")
                .get(Await.event(alice).toMillis(), TimeUnit.MILLISECONDS));
        assertThat(outcome).as("paying L$%d with L$%d", aliceBefore + 1, aliceBefore)
                .isInstanceOf(ExecutionException.class);
        if (outcome.getCause() instanceof PaymentIgnoredException ignored) {
            assertThat(ignored.balanceAfter()).as("alice's balance after the ignored payment").isEqualTo(aliceBefore);
            assertThat(balance(bob)).as("bob's balance after the ignored payment").isEqualTo(bobBefore);
            Assumptions.abort("the grid has no L$ transfers: " + ignored.getMessage());
        }
        assertThat(outcome.getCause()).isInstanceOf(PaymentRefusedException.class);

        assertThat(balance(alice)).as("alice's balance after the refused payment").isEqualTo(aliceBefore);
        assertThat(balance(bob)).as("bob's balance after the refused payment").isEqualTo(bobBefore);
    }

    /** The agent's balance, or the test is skipped: the grid has no currency when it does not answer. */
    private static int balanceOrSkip(Agent a) {
        try {
            return a.money().balance(BALANCE_WAIT).get();
        } catch (ExecutionException e) {
            Assumptions.assumeFalse(e.getCause() instanceof AwaitTimeoutException,
                    () -> "the grid has no L$: no MoneyBalanceReply within " + BALANCE_WAIT.toSeconds() + " s");
            throw new AssertionError("balance request of " + a.role() + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static int balance(Agent a) throws Exception {
        return a.money().balance().get(Await.event(a).toMillis() * 2, TimeUnit.MILLISECONDS);
    }
}
