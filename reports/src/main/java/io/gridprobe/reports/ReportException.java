package io.gridprobe.reports;

/** The report could not be written or rendered; the message says which step and why. */
public class ReportException extends RuntimeException {
    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
