package io.gridprobe.load.report;

/** A report that cannot be written, read or merged: the message says which file and what is wrong with it. */
public class LoadReportException extends RuntimeException {
    public LoadReportException(String message) {
        super(message);
    }

    public LoadReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
