package io.gridprobe.load.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class ExpectationsTest {
    @Test
    void theFirstNoticeCountsAndALateOneFailsTyped() {
        Expectations e = new Expectations();
        var heard = e.expect("a", "line a heard", 1_000_000_000L);
        var never = e.expect("b", "line b heard", 0);
        e.noticed("a");
        e.noticed("a");
        e.noticed("unknown");
        e.expire(System.nanoTime() + 1);
        assertThat(heard).isCompleted();
        assertThat(never).isCompletedExceptionally();
        assertThat(never.handle((v, x) -> x).join()).isInstanceOf(NotNoticedException.class)
                .hasMessageContaining("line b heard");
        assertThat(e.size()).isZero();
    }

    @Test
    void abandoningCancelsWhatIsLeft() {
        Expectations e = new Expectations();
        var pending = e.expect("a", "a", 60_000_000_000L);
        e.abandonAll();
        assertThat(pending).isCancelled();
        assertThat(pending.handle((v, x) -> x instanceof CompletionException ? x.getCause() : x).join()).isNotNull();
    }
}
