package io.gridprobe.load.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BehaviourMixTest {
    @Test
    void namesWithAndWithoutRates() {
        BehaviourMix mix = BehaviourMix.parse(List.of("chat:20s,walk", "teleport:2m"));
        assertThat(mix.behaviours()).extracting(Behaviour::name).containsExactly("chat", "walk", "teleport");
        assertThat(mix.behaviours().get(0).every()).isEqualTo(Duration.ofSeconds(20));
        assertThat(mix.behaviours().get(2).every()).isEqualTo(Duration.ofMinutes(2));
        assertThat(mix.toString()).isEqualTo("chat:20s,walk:15s,teleport:2m");
    }

    @Test
    void nothingGivenIsIdle() {
        assertThat(BehaviourMix.parse(null).behaviours()).extracting(Behaviour::name).containsExactly("idle");
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> BehaviourMix.parse(List.of("dance"))).hasMessageContaining("unknown behaviour 'dance'")
                .hasMessageContaining("chat");
        assertThatThrownBy(() -> BehaviourMix.parse(List.of("chat,chat"))).hasMessageContaining("twice");
        assertThatThrownBy(() -> BehaviourMix.parse(List.of("chat:often"))).hasMessageContaining("the rate of chat");
    }

    @Test
    void durations() {
        assertThat(DurationText.parse("500ms", "x")).isEqualTo(Duration.ofMillis(500));
        assertThat(DurationText.parse("1.5m", "x")).isEqualTo(Duration.ofSeconds(90));
        assertThat(DurationText.parse("1h", "x")).isEqualTo(Duration.ofHours(1));
        assertThat(DurationText.parse("5m15s", "x")).isEqualTo(Duration.ofSeconds(315));
        assertThatThrownBy(() -> DurationText.parse("5", "--duration")).hasMessageContaining("--duration");
        assertThatThrownBy(() -> DurationText.parse("9999h", "--duration")).hasMessageContaining("a week");
    }
}
