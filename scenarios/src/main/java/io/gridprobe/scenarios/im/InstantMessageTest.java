package io.gridprobe.scenarios.im;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.core.ImprovedInstantMessages;
import io.gridprobe.harness.im.InstantMessageReceived;
import io.gridprobe.harness.junit.GridTarget;
import io.gridprobe.harness.junit.GridTest;
import io.gridprobe.harness.junit.Login;
import io.gridprobe.harness.junit.Roles;
import io.gridprobe.protocol.wire.ImDialog;
import io.gridprobe.scenarios.support.Await;
import io.gridprobe.scenarios.support.ManualLogin;
import io.gridprobe.scenarios.support.Unique;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Instant messages: they reach the other person, both ways, with the sender's name, wherever on the grid the other
 * is; and a message to somebody offline is kept and handed over at their next login.
 */
@GridTest
@Tag("im")
class InstantMessageTest {

    @Test
    @Tag("smoke")
    void imsAreDeliveredBothWaysWithTheSendersName(@Login("alice") Agent alice, @Login("bob") Agent bob)
            throws Exception {
        exchange(alice, bob);
    }

    @Roles("bob")
    @Test
    void anImReachesSomebodyInAnotherRegion(@Login("alice") Agent alice, GridTarget grid) throws Exception {
        Assumptions.assumeTrue(grid.regions().size() >= 2,
                () -> "the grid lists one region (" + grid.regions() + "): no other region to send an IM to");
        String other = grid.regions().stream().filter(r -> !r.equalsIgnoreCase(alice.region().name())).findFirst()
                .orElseThrow();
        try (Agent bob = ManualLogin.login(grid, "bob", other)) {
            Assumptions.assumeTrue(bob.region().handle() != alice.region().handle(),
                    () -> "the grid put bob in " + bob.region().name() + " with alice, not in " + other);
            exchange(alice, bob);
        }
    }

    @Roles("bob")
    @Test
    void anImToSomebodyOfflineIsKeptAndDeliveredAtTheirNextLogin(@Login("alice") Agent alice, GridTarget grid,
                                                                TestReporter report) throws Exception {
        UUID bobId;
        try (Agent bob = ManualLogin.login(grid, "bob")) {
            bobId = bob.id(); // learn bob's id, then leave him offline
        }
        String text = Unique.line("while you were out");
        alice.im().send(bobId, text).get(Await.event(alice).toMillis(), TimeUnit.MILLISECONDS);

        // The grid answers for bob: with an offline store, an IM from bob's id ("User is not logged in. Message
        // saved."); without one, OpenSimulator sends a BusyAutoResponse from "System" that carries alice's own id.
        InstantMessageReceived notice = alice.events().next(InstantMessageReceived.class,
                m -> !m.isTyping() && (m.fromId().equals(bobId) || m.dialog() == ImDialog.BUSY_AUTO_RESPONSE),
                Await.event(alice));
        report.publishEntry("offline notice", notice.message());
        String lower = notice.message().toLowerCase(Locale.ROOT);
        Assumptions.assumeFalse(lower.contains("not saved") || lower.contains("unable"),
                () -> "the grid keeps no IMs for offline people: \"" + notice.message() + "\"");

        try (Agent bob = ManualLogin.login(grid, "bob")) {
            bob.im().retrieveOfflineMessages().get(Await.event(bob).toMillis(), TimeUnit.MILLISECONDS);
            InstantMessageReceived kept = bob.events().next(InstantMessageReceived.class,
                    m -> m.message().equals(text), Await.event(bob));
            assertThat(kept.fromId()).isEqualTo(alice.id());
            assertThat(kept.fromName()).isEqualTo(alice.name());
            assertThat(kept.dialog()).isEqualTo(ImDialog.MESSAGE_FROM_AGENT);
            assertThat(kept.offline()).as("marked as kept while offline").isTrue();
        }
    }

    private static void exchange(Agent alice, Agent bob) throws Exception {
        String hello = Unique.line("hello bob");
        InstantMessageReceived got = Await.effect(alice.im().send(bob.id(), hello),
                bob.events().nextAsync(InstantMessageReceived.class, m -> m.message().equals(hello), Await.event(bob)));
        assertThat(got.fromId()).isEqualTo(alice.id());
        assertThat(got.fromName()).isEqualTo(alice.name());
        assertThat(got.dialog()).isEqualTo(ImDialog.MESSAGE_FROM_AGENT);
        assertThat(got.offline()).isFalse();
        assertThat(got.sessionId()).as("conversation id").isEqualTo(ImprovedInstantMessages.conversationId(alice.id(),
                bob.id()));

        String reply = Unique.line("hello alice");
        InstantMessageReceived back = Await.effect(bob.im().send(alice.id(), reply),
                alice.events().nextAsync(InstantMessageReceived.class, m -> m.message().equals(reply), Await.event(alice)));
        assertThat(back.fromId()).isEqualTo(bob.id());
        assertThat(back.fromName()).isEqualTo(bob.name());
    }
}
