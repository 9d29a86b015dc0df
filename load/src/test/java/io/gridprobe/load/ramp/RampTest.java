package io.gridprobe.load.ramp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The ramps on a clock of the test's: no sleeping, each second is a number. */
class RampTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aFixedRampStartsItsRateEachSecondAndNoBurstAfterAPause() {
        Ramp ramp = Ramp.parse("5/s");
        int started = 0;
        for (long t = 0; t < 10 * SECOND; t += SECOND / 10) {
            started += ramp.permits(t, 0);
        }
        assertThat(started).isBetween(49, 51);
        // ten quiet seconds (nobody asked) do not save up fifty logins: at most one second's worth
        assertThat(ramp.permits(20 * SECOND, 0)).isLessThanOrEqualTo(5);
    }

    @Test
    void aFixedRampKeepsFewLoginsInFlight() {
        Ramp ramp = new FixedRamp(2);
        int started = 0;
        for (long t = 0; t < 60 * SECOND; t += SECOND / 10) {
            started += ramp.permits(t, started); // none ever finishes: a stalled grid
        }
        assertThat(started).isEqualTo(10); // five seconds' worth, then it waits
    }

    @Test
    void autoSpeedsUpWhileLoginsStayQuickAndHalvesWhenTheyClimb() {
        AutoRamp ramp = new AutoRamp();
        long t = 0;
        for (int s = 0; s < 10; s++) {
            for (int i = 0; i < 10; i++, t += SECOND / 10) {
                int n = ramp.permits(t, 0);
                for (int k = 0; k < n; k++) {
                    ramp.finished(200_000_000L, true); // 200 ms each, flat
                }
            }
        }
        double fast = ramp.rate();
        assertThat(fast).isGreaterThan(AutoRamp.START + 5);
        for (int i = 0; i < 10; i++, t += SECOND / 10) {
            int n = ramp.permits(t, 0);
            for (int k = 0; k < n; k++) {
                ramp.finished(2_000_000_000L, true); // ten times slower: the grid is struggling
            }
        }
        ramp.permits(t + SECOND, 0);
        assertThat(ramp.rate()).isLessThanOrEqualTo((fast + 1) / 2); // (the fast second just before counted once more)
    }

    @Test
    void autoBacksOffOnAFailedLoginAndOnAStrugglingGrid() {
        AutoRamp ramp = new AutoRamp();
        ramp.permits(0, 0);
        ramp.finished(100_000_000L, false);
        ramp.permits(SECOND, 0);
        assertThat(ramp.rate()).isEqualTo(AutoRamp.START / 2);
        ramp.gridDilation(0.5);
        ramp.finished(100_000_000L, true);
        ramp.permits(2 * SECOND, 0);
        assertThat(ramp.rate()).isEqualTo(AutoRamp.START / 4);
    }

    @Test
    void autoNeverHasABurstInFlight() {
        AutoRamp ramp = new AutoRamp();
        int inFlight = 0;
        for (long t = 0; t < 30 * SECOND; t += SECOND / 10) {
            inFlight += ramp.permits(t, inFlight); // logins never finish: they must not pile up
        }
        // before any login finished: the start rate x an assumed 2 s login x 1.25, a third of pCampBot's stalling 30
        assertThat(inFlight).isLessThanOrEqualTo((int) Math.ceil(AutoRamp.START * 2 * 1.25));
    }

    @Test
    void aRampThatIsNotARateSaysSo() {
        assertThatThrownBy(() -> Ramp.parse("fast")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5/s").hasMessageContaining("auto");
        assertThatThrownBy(() -> Ramp.parse("0/s")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Ramp.parse("0.5/s").rate()).isEqualTo(0.5);
        assertThat(Ramp.parse("auto")).isInstanceOf(AutoRamp.class);
    }
}
