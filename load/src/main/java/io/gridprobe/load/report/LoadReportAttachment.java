package io.gridprobe.load.report;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** One file of a load report as an attachment: what Allure's {@code addAttachment} takes. */
public record LoadReportAttachment(String name, String mediaType, String extension, String content) {
    public InputStream stream() {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }
}
