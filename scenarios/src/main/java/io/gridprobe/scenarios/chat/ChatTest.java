package io.gridprobe.scenarios.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gridprobe.harness.agent.Agent;
import io.gridprobe.harness.chat.ChatHeard;
import io.gridprobe.harness.events.ChildRegionAdded;
import io.gridprobe.harness.junit.GridTarget;
import io.gridprobe.harness.junit.GridTest;
import io.gridprobe.harness.junit.Login;
import io.gridprobe.harness.junit.Roles;
import io.gridprobe.protocol.wire.ChatType;
import io.gridprobe.scenarios.support.Await;
import io.gridprobe.scenarios.support.ManualLogin;
import io.gridprobe.scenarios.support.Unique;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Local chat: what one avatar says reaches the avatars within earshot, with the right speaker, and not those beyond
 * it (whisper 10 m, say 20 m, shout 100 m); other channels are not chat at all.
 * <p>
 * "Not heard" is proved without waiting an arbitrary time: after the far listener's ears have been tested by the
 * speaker's line reaching the near one, the far listener says a line of its own and hears it echoed. The region
 * handles chat in order, so anything it sent the far listener for the speaker's line came before that echo.
 */
@GridTest
@Tag("chat")
class ChatTest {

    @Test
    @Tag("smoke")
    void saidLineIsHeardWithTheSpeakersNameAndPosition(@Login(value = "alice", x = 128, y = 128) Agent alice,
                                                        @Login(value = "bob", x = 133, y = 128) Agent bob) throws Exception {
        requireSameRegion(alice, bob);
        String line = Unique.line("hello from alice");
        ChatHeard heard = Await.effect(alice.chat().say(line), hearing(bob, line));
        assertThat(heard.fromName()).isEqualTo(alice.name());
        assertThat(heard.fromId()).isEqualTo(alice.id());
        assertThat(heard.ownerId()).isEqualTo(alice.id());
        assertThat(heard.fromAgent()).as("source type is an agent").isTrue();
        assertThat(heard.chatType()).isEqualTo(ChatType.SAY.code());
        assertThat(heard.region()).isEqualTo(alice.region().name());
        assertThat(heard.position().x()).isCloseTo(alice.position().x(), within(2f));
        assertThat(heard.position().y()).isCloseTo(alice.position().y(), within(2f));
        assertThat(heard(alice, line).fromId()).as("the speaker hears itself").isEqualTo(alice.id());
    }

    @Test
    void whisperIsHeardAtFiveMetresButNotAtFifteen(@Login(value = "alice", x = 128, y = 128) Agent alice,
                                                   @Login(value = "bob", x = 133, y = 128) Agent near,
                                                   @Login(value = "carol", x = 143, y = 128) Agent far) throws Exception {
        requireSameRegion(alice, near, far);
        requireDistance(alice, near, 0, 9);
        requireDistance(alice, far, 12, 19);
        heardOnlyNear(alice, alice.chat()::whisper, near, far, "whisper");
    }

    @Test
    void sayIsHeardAtFifteenMetresButNotAtThirty(@Login(value = "alice", x = 128, y = 128) Agent alice,
                                                 @Login(value = "bob", x = 143, y = 128) Agent near,
                                                 @Login(value = "carol", x = 158, y = 128) Agent far) throws Exception {
        requireSameRegion(alice, near, far);
        requireDistance(alice, near, 11, 19);
        requireDistance(alice, far, 22, 60);
        heardOnlyNear(alice, alice.chat()::say, near, far, "say");
    }

    @Test
    void shoutIsHeardAtNinetyMetresButNotAtHundredTwenty(@Login(value = "alice", x = 20, y = 128) Agent alice,
                                                         @Login(value = "bob", x = 110, y = 128) Agent near,
                                                         @Login(value = "carol", x = 140, y = 128) Agent far)
            throws Exception {
        requireSameRegion(alice, near, far);
        requireDistance(alice, near, 80, 98);
        requireDistance(alice, far, 103, 200);
        heardOnlyNear(alice, alice.chat()::shout, near, far, "shout");
    }

    @Test
    void aLineOnChannelSevenIsNotHeardAsChat(@Login(value = "alice", x = 128, y = 128) Agent alice,
                                             @Login(value = "bob", x = 130, y = 128) Agent bob) throws Exception {
        requireSameRegion(alice, bob);
        String secret = Unique.line("/7 for scripts only");
        alice.chat().say(secret, 7).get(Await.event(alice).toMillis(), TimeUnit.MILLISECONDS);
        String line = Unique.line("and this is public");
        Await.effect(alice.chat().say(line), hearing(bob, line));
        heard(alice, line);
        assertThat(bob.events().seen(ChatHeard.class, c -> c.message().equals(secret))).as("bob heard channel 7").isFalse();
        assertThat(alice.events().seen(ChatHeard.class, c -> c.message().equals(secret))).as("alice heard channel 7")
                .isFalse();
    }

    @Test
    void oneLineIsHeardByTwoListeners(@Login(value = "alice", x = 128, y = 128) Agent alice,
                                      @Login(value = "bob", x = 131, y = 128) Agent bob,
                                      @Login(value = "carol", x = 128, y = 136) Agent carol) throws Exception {
        requireSameRegion(alice, bob, carol);
        String line = Unique.line("hello both of you");
        assertThat(Await.effect(alice.chat().say(line), hearing(bob, line)).fromName()).isEqualTo(alice.name());
        assertThat(heard(carol, line).fromName()).isEqualTo(alice.name());
    }

    @Roles("bob")
    @Test
    void chatCarriesAcrossARegionBorder(@Login(value = "alice", x = 250, y = 128) Agent alice, GridTarget grid)
            throws Exception {
        Assumptions.assumeTrue(grid.regions().size() >= 2,
                () -> "the grid lists one region (" + grid.regions() + "): no border to talk across");
        String other = grid.regions().stream().filter(r -> !r.equalsIgnoreCase(alice.region().name())).findFirst()
                .orElseThrow();
        try (Agent bob = ManualLogin.login(grid, "bob", grid.spot(other, 5, 128, 25))) {
            double d = ManualLogin.distance(alice, bob);
            Assumptions.assumeTrue(bob.region().handle() != alice.region().handle() && d <= 18,
                    () -> String.format("bob is in %s %.0f m from alice in %s: the regions do not meet where asked",
                            bob.region().name(), d, alice.region().name()));
            bob.events().next(ChildRegionAdded.class, c -> c.handle() == alice.region().handle(), Await.event(bob));

            String line = Unique.line("hello over the border");
            ChatHeard heard = Await.effect(alice.chat().say(line), hearing(bob, line));
            assertThat(heard.fromId()).isEqualTo(alice.id());
            assertThat(heard.region()).as("heard through the child circuit of the speaker's region")
                    .isEqualTo(alice.region().name());
        }
    }

    private interface Speech {
        java.util.concurrent.CompletableFuture<Void> speak(String text);
    }

    private static void heardOnlyNear(Agent speaker, Speech speech, Agent near, Agent far, String how) throws Exception {
        String line = Unique.line(how + " from " + speaker.role());
        ChatHeard heard = Await.effect(speech.speak(line), hearing(near, line));
        assertThat(heard.fromId()).isEqualTo(speaker.id());
        assertThat(ChatType.of(heard.chatType()).map(Enum::name).orElse("?")).isEqualToIgnoringCase(how);

        String echo = Unique.line(far.role() + " checks its ears");
        Await.effect(far.chat().say(echo), hearing(far, echo));
        assertThat(far.events().seen(ChatHeard.class, c -> c.message().equals(line)))
                .as("%s at %.1f m heard the %s", far.role(), ManualLogin.distance(speaker, far), how).isFalse();
    }

    /** The line as the listener hears it, once the grid relays it (the speaker need not wait for its ack). */
    private static java.util.concurrent.CompletableFuture<ChatHeard> hearing(Agent listener, String line) {
        return listener.events().nextAsync(ChatHeard.class, c -> c.message().equals(line), Await.event(listener));
    }

    private static ChatHeard heard(Agent listener, String line) {
        return listener.events().next(ChatHeard.class, c -> c.message().equals(line), Await.event(listener));
    }

    private static void requireSameRegion(Agent first, Agent... others) {
        for (Agent o : others) {
            Assumptions.assumeTrue(o.region().handle() == first.region().handle(),
                    () -> "the grid put " + o.role() + " in " + o.region().name() + ", not with " + first.role() + " in "
                            + first.region().name());
        }
    }

    private static void requireDistance(Agent speaker, Agent listener, double min, double max) {
        double d = ManualLogin.distance(speaker, listener);
        Assumptions.assumeTrue(d >= min && d <= max, () -> String.format(
                "the grid placed %s %.1f m from %s, not %.0f..%.0f m as asked (region %s is %d m wide): this range "
                        + "cannot be tested here", listener.role(), d, speaker.role(), min, max,
                speaker.region().name(), speaker.region().sizeX()));
    }
}
