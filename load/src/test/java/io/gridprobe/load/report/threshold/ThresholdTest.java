package io.gridprobe.load.report.threshold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridprobe.load.report.Action;
import io.gridprobe.load.report.FailureReason;
import io.gridprobe.load.report.HealthSample;
import io.gridprobe.load.report.LoadRecorder;
import io.gridprobe.load.report.LoadReport;
import io.gridprobe.load.report.RunInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdTest {
    private static final LoadReport REPORT = report();

    // 100 logins: 90 at 1 s, 10 at 3 s; chat 200 ms; 2 teleport timeouts, 1 refused; 57 agents; dilation down to 0.85
    private static LoadReport report() {
        LoadRecorder r = new LoadRecorder(Clock.fixed(Instant.ofEpochSecond(1_796_000_000), ZoneOffset.UTC));
        for (int i = 0; i < 100; i++) {
            r.record(Action.LOGIN_READY, i < 90 ? 1_000_000_000L : 3_000_000_000L);
        }
        r.record(Action.CHAT_HEARD, 200_000_000L);
        r.failure(Action.TELEPORT, FailureReason.TIMEOUT);
        r.failure(Action.TELEPORT, FailureReason.TIMEOUT);
        r.failure(Action.TELEPORT, FailureReason.REFUSED);
        r.connected(57);
        r.gridHealth("Load A", new HealthSample(0.85, 44.5, 40, 57, 3, 12, 1, 22.5));
        r.gridHealth("Load B", new HealthSample(0.99, 55, 55, 0, 57, 0, 0, 18));
        return r.report(RunInfo.single("http://127.0.0.1:9000/", 60, "auto", 60, List.of("chat")));
    }

    @ParameterizedTest(name = "{0} -> breached {1}")
    @CsvSource(delimiter = '|', value = {
        "p95(login) > 2s                 | true  | p95(login_ready) = 3000.319 ms > 2000 ms",
        "p50(login_ready) > 2s           | false | ",
        "p90(login) >= 1001ms            | false | ",
        "p99.9(LOGIN_READY) > 2999 ms    | true  | p99.9(login_ready) = 3000.319 ms > 2999 ms",
        "p99(chat_heard) > 500ms         | false | ",
        "max(chat) > 0.1s                | true  | max(chat_heard) = 200.063 ms > 100 ms",
        "mean(login) > 1.1s              | true  | mean(login_ready) = 1200.",
        "failures > 0                    | true  | failures = 3 > 0",
        "failures(teleport) > 2          | true  | failures(teleport) = 3 > 2",
        "failures(teleport, refused) > 1 | false | ",
        "failures(chat) != 0             | false | ",
        "count(login) < 100              | false | ",
        "min(time_dilation) < 0.9        | true  | min(time_dilation) = 0.850 < 0.900",
        "min(time_dilation)<0.8          | false | ",
        "min(sim_fps) < 45               | true  | min(sim_fps) = 44.500 < 45",
        "max(frame_ms) > 20              | true  | max(frame_ms) = 22.500 > 20",
        "max(pending_downloads) >= 12    | true  | max(pending_downloads) = 12 >= 12",
        "connected < 60                  | true  | connected = 57 < 60",
        "connected == 57                 | true  | connected = 57 == 57",
    })
    void anExpressionIsBreachedWhenItHoldsAndTheBreachSaysWhatWasMeasured(String expression, boolean breached,
                                                                            String message) {
        var breach = Threshold.parse(expression).evaluate(REPORT);
        assertThat(breach.isPresent()).as(expression).isEqualTo(breached);
        breach.ifPresent(b -> assertThat(b.message()).startsWith(message));
    }

    @Test
    void aLatencyNeverMeasuredIsABreachSayingSoRatherThanAPass() {
        var breach = Threshold.parse("p95(teleport) > 2s").evaluate(REPORT);
        assertThat(breach).hasValueSatisfying(b ->
                assertThat(b.message()).isEqualTo("p95(teleport) was never measured in this run"));
    }

    @Test
    void thresholdsEvaluateInTheOrderGiven() {
        Thresholds t = Thresholds.parse(List.of("failures > 0", "p95(login) > 10s", "connected < 60"));
        assertThat(t.evaluate(REPORT)).extracting(b -> b.threshold().text())
                .containsExactly("failures > 0", "connected < 60");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "''                              | 0  | the expression is empty",
        "p95(login) > 2                  | 14 | is a latency: give the limit a unit",
        "p95(login) > 2parsecs           | 14 | unknown unit 'parsecs'",
        "failures > 3ms                  | 12 | is a count, not a duration",
        "p95(logon) > 2s                 | 4  | unknown action 'logon'; the actions are login_http, login_ready, login",
        "p999(login) > 2s                | 0  | write p99.9, not p999",
        "p95 login > 2s                  | 0  | p95() takes exactly one name in brackets, e.g. p95(login)",
        "failures 3                      | 9  | expected a comparison (> >= < <= == !=) after failures",
        "p95(login > 2s                  | 10 | expected ')' here",
        "latency(login) > 2s             | 0  | unknown metric 'latency'",
        "failures(teleport, slow) > 0    | 19 | unknown failure reason 'slow'; the reasons are refused, timeout",
        "min(frame_ms) < 3               | 4  | cannot take min of 'frame_ms'",
        "connected(region) < 3           | 10 | connected takes no argument",
        "failures > 0 and p95(login) > 2s| 13 | unexpected text after the limit",
        "p95(login) >                    | 12 | expected a number to compare p95(login_ready) with at the end",
        "count() > 1                     | 6  | expected a name inside the brackets",
    })
    void aMalformedExpressionIsATypedErrorPointingAtTheFault(String expression, int position, String problem) {
        assertThatThrownBy(() -> Threshold.parse(expression)).isInstanceOf(ThresholdSyntaxException.class)
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((ThresholdSyntaxException) e).position()).isEqualTo(position))
                .hasMessageStartingWith("cannot read --fail-if \"" + expression + "\"");
    }
}
