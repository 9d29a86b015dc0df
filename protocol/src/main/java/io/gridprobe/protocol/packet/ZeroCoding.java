package io.gridprobe.protocol.packet;

/**
 * The protocol's run-length coding of zero bytes: a zero is followed by a count of zeros (1..255); longer runs are
 * split into several pairs.
 */
public final class ZeroCoding {
    /**
     * Largest zero-expanded body accepted: the reference viewer's own receive buffer. A hostile 1,200-byte datagram
     * can claim 300 KB of zeros; this bound keeps the allocation proportional to what a real packet needs.
     */
    public static final int MAX_EXPANDED = 8192;

    private ZeroCoding() {
    }

    /** Length of {@code src[off, off+len)} once expanded; throws when it is garbled or expands past the bound. */
    public static int expandedLength(byte[] src, int off, int len) {
        int out = 0;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (src[i] == 0) {
                if (++i >= end) {
                    throw new MalformedPacketException("zero run without its count byte", i, null);
                }
                int run = src[i] & 0xFF;
                if (run == 0) {
                    throw new MalformedPacketException("zero run of length 0", i, null);
                }
                out += run;
            } else {
                out++;
            }
            if (out > MAX_EXPANDED) {
                throw new MalformedPacketException("zerocoded body expands past " + MAX_EXPANDED + " bytes", i, null);
            }
        }
        return out;
    }

    /** Expands {@code src[off, off+len)} into a new array (validated through {@link #expandedLength}). */
    public static byte[] expand(byte[] src, int off, int len) {
        byte[] out = new byte[expandedLength(src, off, len)];
        int o = 0;
        int end = off + len;
        for (int i = off; i < end; i++) {
            byte b = src[i];
            if (b == 0) {
                o += src[++i] & 0xFF; // the array is already zero
            } else {
                out[o++] = b;
            }
        }
        return out;
    }

    /**
     * Expands just enough of the body to read its first {@code want} bytes (the message number), so a packet nobody
     * listens to never pays for a full expansion. Returns how many bytes were produced (less when the body is shorter).
     */
    public static int expandPrefix(byte[] src, int off, int len, byte[] dst, int want) {
        int o = 0;
        int end = off + len;
        for (int i = off; i < end && o < want; i++) {
            byte b = src[i];
            if (b == 0) {
                if (++i >= end) {
                    throw new MalformedPacketException("zero run without its count byte", i, null);
                }
                int run = src[i] & 0xFF;
                if (run == 0) {
                    throw new MalformedPacketException("zero run of length 0", i, null);
                }
                for (int k = 0; k < run && o < want; k++) {
                    dst[o++] = 0;
                }
            } else {
                dst[o++] = b;
            }
        }
        return o;
    }

    /** Bytes {@link #encode} would write for this input. */
    public static int encodedLength(byte[] src, int off, int len) {
        int out = 0;
        int end = off + len;
        int i = off;
        while (i < end) {
            if (src[i] == 0) {
                int run = 0;
                while (i < end && src[i] == 0 && run < 255) {
                    run++;
                    i++;
                }
                out += 2;
            } else {
                out++;
                i++;
            }
        }
        return out;
    }

    /** Writes the zerocoded form of {@code src[off, off+len)} at {@code dst[dstOff]}; returns the bytes written. */
    public static int encode(byte[] src, int off, int len, byte[] dst, int dstOff) {
        int o = dstOff;
        int end = off + len;
        int i = off;
        while (i < end) {
            byte b = src[i];
            if (b == 0) {
                int run = 0;
                while (i < end && src[i] == 0 && run < 255) {
                    run++;
                    i++;
                }
                dst[o++] = 0;
                dst[o++] = (byte) run;
            } else {
                dst[o++] = b;
                i++;
            }
        }
        return o - dstOff;
    }
}
