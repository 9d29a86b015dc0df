package io.gridprobe.harness.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class EventStreamTest {
    record Said(Instant time, String text) implements AgentEvent {
        @Override
        public String describe() {
            return "Said " + text;
        }
    }

    record Waved(Instant time) implements AgentEvent {
    }

    private final EventStream events = new EventStream("alice", 100);

    @Test
    void aWaitRegisteredBeforeTheEventGetsIt() {
        CompletableFuture<Said> f = events.nextAsync(Said.class, s -> s.text().equals("hi"), Duration.ofSeconds(5));
        events.publish(new Said(Instant.now(), "other"));
        events.publish(new Said(Instant.now(), "hi"));
        assertThat(f.join().text()).isEqualTo("hi");
    }

    @Test
    void anEventThatArrivedBeforeTheWaitIsNotMissed() {
        events.mark();
        events.publish(new Said(Instant.now(), "fast"));
        assertThat(events.next(Said.class, Duration.ofSeconds(1)).text()).isEqualTo("fast");
    }

    @Test
    void eventsBeforeTheMarkAreIgnoredAndConsumedOnesAreNotReturnedTwice() {
        events.publish(new Said(Instant.now(), "old"));
        events.mark();
        events.publish(new Said(Instant.now(), "one"));
        events.publish(new Said(Instant.now(), "two"));
        assertThat(events.next(Said.class, Duration.ofSeconds(1)).text()).isEqualTo("one");
        assertThat(events.next(Said.class, Duration.ofSeconds(1)).text()).isEqualTo("two");
    }

    @Test
    void aTimeoutSaysWhatWasAwaitedAndWhatArrivedInstead() {
        events.publish(new Waved(Instant.now()));
        events.publish(new Said(Instant.now(), "not it"));
        assertThatThrownBy(() -> events.next(Said.class, s -> s.text().equals("it"), Duration.ofMillis(100)))
                .isInstanceOf(AwaitTimeoutException.class)
                .hasMessageContaining("alice: no Said")
                .hasMessageContaining("within 100 ms")
                .hasMessageContaining("Said not it");
    }

    @Test
    void theLogKeepsTheLastEventsAndListenersFailSafely() {
        EventStream small = new EventStream("bob", 2);
        small.on(Said.class, s -> {
            throw new IllegalStateException("bad listener");
        });
        small.publish(new Said(Instant.now(), "a"));
        small.publish(new Said(Instant.now(), "b"));
        small.publish(new Said(Instant.now(), "c"));
        assertThat(small.log()).contains("1 earlier events not kept").contains("Said b").contains("Said c").doesNotContain("Said a");
        assertThat(small.seen(Said.class, s -> s.text().equals("c"))).isTrue();
    }
    record Moved(Instant time, int n) implements AgentEvent {
        @Override
        public boolean highVolume() {
            return true;
        }
    }

    @Test
    void aFloodOfObjectUpdatesNeverPushesOutTheEventAWaitIsFor() {
        events.mark();
        events.publish(new Said(Instant.now(), "hi"));
        for (int i = 0; i < 5_000; i++) {
            events.publish(new Moved(Instant.now(), i));
        }
        assertThat(events.next(Said.class, s -> s.text().equals("hi"), Duration.ofSeconds(1)).text()).isEqualTo("hi");
        assertThat(events.seen(Said.class, s -> s.text().equals("hi"))).isTrue();
    }

    @Test
    void aWaitAfterAMatchStartsRightAfterTheMatchedEvent() {
        CompletableFuture<Said> first = events.nextAsync(Said.class, s -> s.text().equals("one"), Duration.ofSeconds(5));
        events.publish(new Said(Instant.now(), "one"));
        events.publish(new Said(Instant.now(), "two"));
        assertThat(first.join().text()).isEqualTo("one");
        assertThat(events.next(Said.class, Duration.ofSeconds(1)).text()).as("not skipped").isEqualTo("two");
    }

    @Test
    void droppedEventsMakeAWaitAndAnAbsenceCheckSaySoInsteadOfAnsweringWrong() {
        EventStream small = new EventStream("carol", 2);
        small.mark();
        small.publish(new Said(Instant.now(), "the one"));
        small.publish(new Said(Instant.now(), "b"));
        small.publish(new Said(Instant.now(), "c"));
        assertThatThrownBy(() -> small.next(Said.class, s -> s.text().equals("never"), Duration.ofSeconds(5)))
                .isInstanceOf(HistoryOverflowException.class).hasMessageContaining("carol").hasMessageContaining("Said");
        assertThatThrownBy(() -> small.seen(Said.class, s -> s.text().equals("the one")))
                .isInstanceOf(HistoryOverflowException.class);
        assertThat(small.seen(Waved.class, w -> true)).as("no Waved was ever dropped: a plain no").isFalse();
    }
}
