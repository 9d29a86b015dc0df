package io.gridprobe.reports;

import io.qameta.allure.Allure;
import java.util.Set;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Files each scenario in the report by its tags: epic "gridprobe", feature = its area tag (chat, perms, ...), story =
 * the scenario (allure-junit5 adds the tags themselves). Registered by JUnit's extension auto-detection (see the scenarios'
 * junit-platform.properties), so scenario classes need no Allure annotations.
 */
public final class AllureScenarioLabels implements BeforeEachCallback {
    private static final Set<String> NOT_AREAS = Set.of("smoke", "slow");

    @Override
    public void beforeEach(ExtensionContext c) {
        if (Allure.getLifecycle().getCurrentTestCase().isEmpty()) {
            return;
        }
        Allure.epic("gridprobe");
        c.getTags().stream().filter(t -> !NOT_AREAS.contains(t)).sorted().forEach(Allure::feature);
        Allure.story(c.getDisplayName().replaceAll("\\(.*\\)$", ""));
    }
}
