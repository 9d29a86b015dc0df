package io.gridprobe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;

class FailureTextTest {
    @Test
    void anAssertJFailureIsSaidOnOneLineWithActualAndExpected() {
        Throwable t = catchThrowable(() -> assertThat("old name").as("parcel name").isEqualTo("new name"));
        // why a first line alone said nothing: the values come on the lines after it
        assertThat(t.getMessage().lines().findFirst().orElse("")).doesNotContain("old name");
        String line = FailureText.of(t);
        assertThat(line).contains("parcel name").contains("old name").contains("new name").doesNotContain("\n");
    }

    @Test
    void aThrowableWithoutMessageIsNamedWithItsCause() {
        String line = FailureText.of(new IllegalStateException(null, new java.io.IOException("socket closed")));
        assertThat(line).isEqualTo("java.lang.IllegalStateException caused by socket closed");
    }

    @Test
    void aLongMessageIsCut() {
        assertThat(FailureText.of(new AssertionError("x".repeat(5000)))).hasSize(FailureText.MAX);
        assertThatThrownBy(() -> {
            throw new AssertionError("a\n\n  b  \nc");
        }).satisfies(t -> assertThat(FailureText.of(t)).isEqualTo("a b c"));
    }
}
