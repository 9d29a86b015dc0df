package io.gridprobe.reports;

import io.gridprobe.harness.junit.EvidenceSink;
import io.qameta.allure.Allure;
import java.nio.charset.StandardCharsets;

/** Attaches a failed scenario's packet traces, event logs and timings to its Allure result. */
public final class AllureEvidenceSink implements EvidenceSink {
    @Override
    public void attach(String testId, String name, String mediaType, String fileExtension, String content) {
        Allure.getLifecycle().addAttachment(name, mediaType, fileExtension, content.getBytes(StandardCharsets.UTF_8));
    }
}
