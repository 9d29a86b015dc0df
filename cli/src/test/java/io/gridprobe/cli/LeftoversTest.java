package io.gridprobe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeftoversTest {
    @Test
    void aCleanAccountSaysSoAndLeftoversAreCountedAndListedShortly() {
        assertThat(new Leftovers(List.of(), List.of(), List.of(), List.of()).describe()).isEqualTo("clean");
        Leftovers l = new Leftovers(List.of("Object at <1, 2, 3> in Alpha"),
                List.of("gridprobe a", "gridprobe b", "gridprobe c", "gridprobe d", "gridprobe e", "gridprobe f"),
                List.of(), List.of("gridprobe Chatters 1"));
        assertThat(l.isEmpty()).isFalse();
        assertThat(l.describe()).isEqualTo("1 object: Object at <1, 2, 3> in Alpha; 6 gridprobe folders: gridprobe a, "
                + "gridprobe b, gridprobe c, gridprobe d, gridprobe e, ...; 1 gridprobe group: gridprobe Chatters 1");
    }
}
