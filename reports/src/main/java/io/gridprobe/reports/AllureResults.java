package io.gridprobe.reports;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import java.nio.file.Path;

/** Where this JVM's Allure results go from now on. */
public final class AllureResults {
    private AllureResults() {
    }

    /**
     * Sends results to {@code dir}. Allure reads its directory setting once per JVM; a run started inside a JVM that
     * already used Allure (a test, an IDE) would otherwise write where that first user said.
     */
    public static void writeTo(Path dir) {
        System.setProperty("allure.results.directory", dir.toAbsolutePath().toString());
        Allure.setLifecycle(new AllureLifecycle(new FileSystemResultsWriter(dir.toAbsolutePath())));
    }
}
