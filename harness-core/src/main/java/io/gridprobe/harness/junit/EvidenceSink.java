package io.gridprobe.harness.junit;

/**
 * Where the evidence of a failed test goes (packet traces, event logs, timings). Found with
 * {@link java.util.ServiceLoader}: the reports module attaches it to the Allure result; without any sink it is
 * written under {@code target/gridprobe-evidence/}.
 */
public interface EvidenceSink {
    /** Attaches one piece of text evidence to the test that is ending. */
    void attach(String testId, String name, String mediaType, String fileExtension, String content);
}
