package io.gridprobe.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridprobe.harness.steps.StepRecorder;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A send is no passed step until the grid acked it: pending steps settle from the thread the answer comes on. */
class AllureStepRecorderTest {
    private final List<TestResult> written = new ArrayList<>();
    private final AllureLifecycle previous = Allure.getLifecycle();

    @AfterEach
    void restore() {
        Allure.setLifecycle(previous);
    }

    @Test
    void aPendingStepIsSkippedUntilSettledAndThenSaysWhatTheGridDid() throws Exception {
        Allure.setLifecycle(new AllureLifecycle(new AllureResultsWriter() {
            @Override
            public void write(TestResult r) {
                written.add(r);
            }

            @Override
            public void write(TestResultContainer c) {
            }

            @Override
            public void write(String source, InputStream attachment) {
            }
        }));
        AllureLifecycle life = Allure.getLifecycle();
        String test = UUID.randomUUID().toString();
        life.scheduleTestCase(new TestResult().setUuid(test).setName("scenario"));
        life.startTestCase(test);

        AllureStepRecorder recorder = new AllureStepRecorder();
        StepRecorder.Outcome acked = recorder.pending("alice's ObjectAdd to Alpha (sent, not acknowledged yet)");
        StepRecorder.Outcome lost = recorder.pending("alice's ChatFromViewer to Alpha (sent, not acknowledged yet)");
        recorder.pending("alice's LogoutRequest to Alpha (sent, not acknowledged yet)"); // never settled
        // the answers come on a network thread
        CompletableFuture.runAsync(() -> {
            acked.passed("alice's ObjectAdd to Alpha acknowledged");
            lost.failed("alice's ChatFromViewer to Alpha never acknowledged", new IllegalStateException("circuit lost"));
        }).get();

        life.stopTestCase(test);
        life.writeTestCase(test);
        List<StepResult> steps = written.get(0).getSteps();
        assertThat(steps).extracting(StepResult::getName).containsExactly("alice's ObjectAdd to Alpha acknowledged",
                "alice's ChatFromViewer to Alpha never acknowledged",
                "alice's LogoutRequest to Alpha (sent, not acknowledged yet)");
        assertThat(steps).extracting(StepResult::getStatus).containsExactly(Status.PASSED, Status.FAILED, Status.SKIPPED);
        assertThat(steps.get(1).getStatusDetails().getMessage()).isEqualTo("circuit lost");
    }
}
