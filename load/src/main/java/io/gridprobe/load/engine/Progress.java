package io.gridprobe.load.engine;

import java.io.PrintStream;

/**
 * Live progress: on a terminal one line rewritten every second; elsewhere (CI, a pipe) a plain line every
 * {@code plainEverySeconds}, so that a log is readable and not flooded.
 */
public final class Progress {
    private final PrintStream out;
    private final boolean terminal;
    private final int plainEverySeconds;
    private int width;

    public Progress(PrintStream out, boolean terminal, int plainEverySeconds) {
        this.out = out;
        this.terminal = terminal;
        this.plainEverySeconds = Math.max(1, plainEverySeconds);
    }

    /** A terminal when there is a console and the CI variable is not set. */
    public static Progress auto(PrintStream out) {
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        return new Progress(out, terminal, 5);
    }

    /** Nothing shown (tests, embedding). */
    public static Progress silent() {
        return new Progress(new PrintStream(PrintStream.nullOutputStream()), false, Integer.MAX_VALUE);
    }

    void second(long elapsedSeconds, String line) {
        if (terminal) {
            String padded = line.length() < width ? line + " ".repeat(width - line.length()) : line;
            width = line.length();
            out.print('\r' + padded);
            out.flush();
        } else if (elapsedSeconds % plainEverySeconds == 0) {
            out.println(line);
        }
    }

    /** The last line, always shown, and the end of the rewritten line. */
    void finished(String line) {
        if (terminal) {
            out.print('\r' + line + " ".repeat(Math.max(0, width - line.length())) + System.lineSeparator());
        } else {
            out.println(line);
        }
        out.flush();
    }
}
