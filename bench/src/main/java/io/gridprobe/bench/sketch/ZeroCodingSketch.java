package io.gridprobe.bench.sketch;

import io.gridprobe.protocol.packet.MalformedPacketException;
import io.gridprobe.protocol.packet.ZeroCoding;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A sketch, for measurement only, of faster zero coding with the same results (and the same errors) as
 * {@link ZeroCoding}: one pass instead of two, and runs of non-zero bytes found eight bytes at a time and copied with
 * {@code System.arraycopy} instead of byte by byte. Not used by the codec; {@link ZeroCodingBenchmark} compares it
 * with {@link ZeroCoding} and checks that both give the same bytes.
 */
public final class ZeroCodingSketch {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[ZeroCoding.MAX_EXPANDED + 256]);

    private ZeroCodingSketch() {
    }

    /** Index of the first zero byte of {@code b[from, end)}, or {@code end}. */
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

    /** Same as {@link ZeroCoding#expand}: one pass into a scratch buffer, then one exact copy. */
    public static byte[] expand(byte[] src, int off, int len) {
        byte[] buf = SCRATCH.get();
        int max = ZeroCoding.MAX_EXPANDED;
        int o = 0;
        int end = off + len;
        int i = off;
        while (i < end) {
            int z = nextZero(src, i, end);
            int n = z - i;
            if (o + n > max) {
                throw new MalformedPacketException("zerocoded body expands past " + max + " bytes", i + (max - o), null);
            }
            System.arraycopy(src, i, buf, o, n);
            o += n;
            i = z;
            if (i >= end) {
                break;
            }
            if (++i >= end) {
                throw new MalformedPacketException("zero run without its count byte", i, null);
            }
            int run = src[i] & 0xFF;
            if (run == 0) {
                throw new MalformedPacketException("zero run of length 0", i, null);
            }
            if (o + run > max) {
                throw new MalformedPacketException("zerocoded body expands past " + max + " bytes", i, null);
            }
            Arrays.fill(buf, o, o + run, (byte) 0);
            o += run;
            i++;
        }
        return Arrays.copyOf(buf, o);
    }

    /** Same bytes as {@link ZeroCoding#encode}, written in one pass; returns the bytes written. */
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

    /** The zerocoded form in a new array of exactly its size: one pass into scratch, then one copy. */
    public static byte[] encodeToArray(byte[] src, int off, int len) {
        byte[] buf = SCRATCH.get();
        if (buf.length < 2 * len) {
            buf = new byte[2 * len];
        }
        int n = encode(src, off, len, buf, 0);
        return Arrays.copyOf(buf, n);
    }
}
