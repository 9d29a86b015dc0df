package io.gridprobe.reports;

import io.gridprobe.harness.steps.StepRecorder;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.StepResult;
import java.util.UUID;

/**
 * Records harness steps as Allure steps of the running scenario. Steps reported from a thread without a running
 * Allure test (a network thread) are dropped: only what the scenario itself did reads as its story.
 */
public final class AllureStepRecorder implements StepRecorder {
    @Override
    public void step(String name, boolean passed, Throwable failure) {
        AllureLifecycle life = Allure.getLifecycle();
        if (life.getCurrentTestCaseOrStep().isEmpty()) {
            return;
        }
        String uuid = UUID.randomUUID().toString();
        StepResult step = new StepResult().setName(name).setStatus(passed ? Status.PASSED : Status.FAILED);
        if (failure != null) {
            step.setStatusDetails(new StatusDetails().setMessage(failure.getMessage()));
        }
        life.startStep(uuid, step);
        life.stopStep(uuid);
    }

    /**
     * Recorded at once, in its place in the story, as SKIPPED (the outcome is not known yet), and settled on the same
     * step object when the grid answers: the test's result is written when the test ends, so an answer that comes
     * before then shows as passed or failed; one that comes after leaves the step saying it was never acknowledged
     * in time.
     */
    @Override
    public Outcome pending(String name) {
        AllureLifecycle life = Allure.getLifecycle();
        if (life.getCurrentTestCaseOrStep().isEmpty()) {
            return NONE;
        }
        String uuid = UUID.randomUUID().toString();
        StepResult step = new StepResult().setName(name).setStatus(Status.SKIPPED);
        life.startStep(uuid, step);
        life.stopStep(uuid);
        return new Outcome() {
            @Override
            public void passed(String finalName) {
                synchronized (step) {
                    step.setName(finalName).setStatus(Status.PASSED);
                }
            }

            @Override
            public void failed(String finalName, Throwable failure) {
                synchronized (step) {
                    step.setName(finalName).setStatus(Status.FAILED)
                            .setStatusDetails(new StatusDetails().setMessage(failure == null ? null : failure.getMessage()));
                }
            }
        };
    }

    private static final Outcome NONE = new Outcome() {
        @Override
        public void passed(String finalName) {
        }

        @Override
        public void failed(String finalName, Throwable failure) {
        }
    };

    @Override
    public void parameter(String name, String value) {
        AllureLifecycle life = Allure.getLifecycle();
        if (life.getCurrentTestCase().isEmpty()) {
            return;
        }
        life.updateTestCase(t -> {
            if (t.getParameters().stream().noneMatch(p -> p.getName().equals(name))) {
                t.getParameters().add(new Parameter().setName(name).setValue(value));
            }
        });
    }
}
