package io.gridprobe.protocol.packet;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

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

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[MAX_EXPANDED]);

    /**
     * Index of the first zero byte of {@code b[from, end)}, or {@code end}. Looks at eight bytes at a time (the
     * classic has-zero-byte bit trick), because bodies are mostly runs of non-zero bytes between zero runs.
     */
    static int nextZero(byte[] b, int from, int end) {
        int i = from;
        while (i + 8 <= end) {
            long v = (long) LONGS.get(b, i);
            long t = (v - ONES) & ~v & HIGHS;
            if (t != 0) {
                return i + (Long.numberOfTrailingZeros(t) >>> 3);
            }
            i += 8;
        }
        while (i < end && b[i] != 0) {
            i++;
        }
        return i;
    }

    /**
     * Expands {@code src[off, off+len)} into a new array: one pass into a per-thread buffer, checked as it goes,
     * then one exact copy. Garbled input or an expansion past {@link #MAX_EXPANDED} is a typed error.
     */
    public static byte[] expand(byte[] src, int off, int len) {
        byte[] buf = SCRATCH.get();
        int o = 0;
        int end = off + len;
        int i = off;
        while (i < end) {
            int z = nextZero(src, i, end);
            int n = z - i;
            if (o + n > MAX_EXPANDED) {
                throw new MalformedPacketException("zerocoded body expands past " + MAX_EXPANDED + " bytes", i - off, null);
            }
            System.arraycopy(src, i, buf, o, n);
            o += n;
            i = z;
            if (i >= end) {
                break;
            }
            if (++i >= end) {
                throw new MalformedPacketException("zero run without its count byte", i - off, null);
            }
            int run = src[i] & 0xFF;
            if (run == 0) {
                throw new MalformedPacketException("zero run of length 0", i - off, null);
            }
            if (o + run > MAX_EXPANDED) {
                throw new MalformedPacketException("zerocoded body expands past " + MAX_EXPANDED + " bytes", i - off, null);
            }
            Arrays.fill(buf, o, o + run, (byte) 0);
            o += run;
            i++;
        }
        return Arrays.copyOf(buf, o);
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
            int z = nextZero(src, i, end);
            out += z - i;
            i = z;
            int run = 0;
            while (i < end && src[i] == 0) {
                i++;
                if (++run == 255) {
                    out += 2;
                    run = 0;
                }
            }
            if (run > 0) {
                out += 2;
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
            int z = nextZero(src, i, end);
            System.arraycopy(src, i, dst, o, z - i);
            o += z - i;
            i = z;
            if (i >= end) {
                break;
            }
            int run = 0;
            while (i < end && src[i] == 0 && run < 255) {
                run++;
                i++;
            }
            dst[o++] = 0;
            dst[o++] = (byte) run;
        }
        return o - dstOff;
    }
}
