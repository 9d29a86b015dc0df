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
}
