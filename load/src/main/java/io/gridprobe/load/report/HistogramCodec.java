package io.gridprobe.load.report;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * The one home of how a latency histogram is stored in a report: HdrHistogram's own compressed encoding, in base64.
 * Lossless, so that shard reports merge exactly; values are microseconds.
 */
public final class HistogramCodec {
    /** Three significant digits: a percentile is within 0.1% of the true value. */
    public static final int SIGNIFICANT_DIGITS = 3;

    private HistogramCodec() {
    }

    /** An empty histogram of the kind reports hold: microseconds, auto-resizing. */
    public static Histogram newHistogram() {
        Histogram h = new Histogram(SIGNIFICANT_DIGITS);
        h.setAutoResize(true);
        return h;
    }

    public static String encode(Histogram histogram) {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        byte[] bytes = new byte[length];
        buffer.flip();
        buffer.get(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Decodes what {@link #encode} wrote; anything else is a {@link LoadReportException} naming {@code what}. */
    public static Histogram decode(String base64, String what) {
        try {
            byte[] bytes = Base64.getDecoder().decode(base64);
            Histogram h = Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0);
            h.setAutoResize(true);
            return h;
        } catch (IllegalArgumentException | DataFormatException | java.nio.BufferUnderflowException e) {
            throw new LoadReportException("the histogram of " + what + " is not an HdrHistogram in compressed base64: "
                    + e.getMessage(), e);
        }
    }
}
