package io.gridprobe.reports;

import io.gridprobe.harness.junit.StepRecorder;
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
